import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, unescapeFormula } from '../../../src/core/io/csv-cell';

describe('csvCell', () => {
  it.each(['=SUM(A1:A9)', '+1', '-1+1', '@cmd', '\tx', '\rx'])('csvCell prefixes %j with a single quote so no spreadsheet runs it', (text) => {
    expect(csvCell(text).replace(/^"|"$/g, '').startsWith(`'${text[0]}`)).toBe(true);
  });

  it('csvCell quotes per RFC 4180 only when it must', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
  });

  it('csvCell writes numbers as they are, and nothing for undefined or NaN', () => {
    expect([csvCell(-3), csvCell(0.25), csvCell(undefined), csvCell(Number.NaN)]).toEqual(['-3', '0.25', '', '']);
  });

  it('csvCell escapes text that already looks escaped once more, so unescapeFormula gives it back', () => {
    for (const text of ["'=x", "''+1", "'plain", '=x']) expect(unescapeFormula(csvCell(text).replace(/^"|"$/g, ''))).toBe(text);
  });
});

describe('csvRow', () => {
  it('csvRow joins cells with commas and ends with CRLF', () => {
    expect(csvRow(['a', 1, undefined, '@b'])).toBe("a,1,,'@b\r\n");
  });
});
