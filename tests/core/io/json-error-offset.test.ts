import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonErrorOffset } from '../../../src/core/io/json-error-offset';

describe('jsonErrorOffset', () => {
  it.each([
    ['[1,2', 4],
    ['{"a":1,,}', 7],
    ['[1] x', 4],
    ['{"a":tru}', 8],
    ['"\\x"', 2],
    ['01', 1],
    ['1.', 2],
    ['{"a" 1}', 5],
    ['[1,]', 3],
    ['{"a":1,}', 7],
    ['"a\nb"', 2],
    ['"\\u12g4"', 5],
    ['', 0],
  ])('jsonErrorOffset finds the first bad character of %j at %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('jsonErrorOffset returns -1 for valid JSON', () => {
    expect(jsonErrorOffset(' {"a": [1, -2.5e+3, true, false, null, "\\u00e9\\n"], "b": {}} ')).toBe(-1);
  });

  it('jsonErrorOffset survives nesting a million deep without overflowing the stack', () => {
    expect(jsonErrorOffset('['.repeat(1_000_000))).toBe(1_000_000);
  });

  it('jsonErrorOffset agrees with JSON.parse on whether any text is valid', () => {
    const jsonish = fc.stringMatching(/^[[\]{}",:0-9.eE+\-a-z\\ ]{0,12}$/);
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.json(), fc.string()), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(jsonErrorOffset(text) === -1).toBe(valid);
      }),
      { numRuns: 500 },
    );
  });
});
