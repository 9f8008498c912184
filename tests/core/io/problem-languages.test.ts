// Problems and warnings of an import in the interface's language, naming the same files and lines as in English.

import { describe, expect, it } from 'vitest';
import { readNetworkFiles, type ImportFile } from '../../../src/core/io';
import { ENGLISH_PROBLEMS, problemWordsIn, type ProblemWords } from '../../../src/core/model/problem-words';
import { bs } from '../../../src/i18n/bs/index';
import { sq } from '../../../src/i18n/sq/index';

const WORDS: Record<'en' | 'sq' | 'bs', ProblemWords> = {
  en: ENGLISH_PROBLEMS,
  sq: problemWordsIn('sq', sq),
  bs: problemWordsIn('bs', bs),
};

function linesIn(language: keyof typeof WORDS, files: ImportFile[]): string[] {
  const read = readNetworkFiles(files, { words: WORDS[language] });
  return read.ok ? read.warnings : read.errors;
}

/** What must not change with the language: the file a line starts with, and every number in it, in order. */
const landmarks = (line: string) => ({ file: line.split(/[,:]/)[0], numbers: line.match(/\d+/g) });

const BAD_CELLS = [
  { name: 'actors.csv', text: 'id,name,kind,Type\nfac,Agency,un,un\nkwn,KWN,network,network,extra,more\n' },
  { name: 'ties.csv', text: 'source,target\nkwn,fac\n' },
];
const BAD_VALUES = [
  { name: 'actors.csv', text: 'id,name,kind,country,level\nfac,Agency,un,regional,regional\nkwn,KWN,charity,Kosovo,national\n' },
  { name: 'ties.csv', text: 'source,target,kind\nkwn,fac,partnership\nkwn,nobody,mou\n' },
];

describe.each(['sq', 'bs'] as const)('an import in %s', (language) => {
  it.each([
    ['a wrong cell count and a duplicate column', BAD_CELLS],
    ['an unknown kind and an unknown tie end', BAD_VALUES],
  ])('words %s in the language, naming the same files and lines as English', (_, files) => {
    const english = linesIn('en', files);
    const translated = linesIn(language, files);
    expect(english.length).toBeGreaterThan(0);
    expect(translated.map(landmarks)).toEqual(english.map(landmarks));
    translated.forEach((line, i) => expect(line).not.toBe(english[i]));
  });
});

describe('import problems', () => {
  it('are worded in Albanian, with values quoted as given', () => {
    expect(linesIn('sq', BAD_CELLS)).toEqual([
      'actors.csv, rreshti 3: ka 6 qeliza, por rreshti i titujve (rreshti 1) emërton 4 kolona',
      'actors.csv, rreshti 1: kolonat "kind" dhe "Type" kanë të dyja kuptimin kind; mbani vetëm njërën',
    ]);
    expect(linesIn('sq', BAD_VALUES)).toEqual([
      expect.stringMatching(/^actors\.csv, rreshti 3, kind: pritej një nga womens_org, .*; u gjet "charity"$/),
      'ties.csv, rreshti 3, target: emërton aktorin "nobody", që nuk është në rrjet',
    ]);
  });

  it('are worded in Bosnian, with the plural each number asks for', () => {
    const files = [{ name: 'actors.csv', text: 'id,name\nfac,Agency,x\n' }, BAD_CELLS[1]!];
    expect(linesIn('bs', files)).toEqual(['actors.csv, red 2: ima 3 ćelije, a zaglavlje (red 1) navodi 2 kolone']);
    expect(linesIn('bs', BAD_VALUES)[1]).toBe('ties.csv, red 3, target: navodi aktera "nobody", kojeg nema u mreži');
  });

  it('keep the parser\'s own detail of broken JSON and XML inside translated words', () => {
    expect(linesIn('sq', [{ name: 'net.json', text: '{\n  "title": "x",\n  oops\n}' }])).toEqual([
      'net.json, rreshti 3, kolona 3: JSON i pavlefshëm (shenjë e papritur "o")',
    ]);
    expect(linesIn('bs', [{ name: 'net.graphml', text: '<graphml>\n<graph>\n</graphml>' }])).toEqual([
      'net.graphml, red 2, kolona 8: XML nije ispravno oblikovan (Opening and ending tag mismatch: "graph" != "graphml")',
    ]);
  });

  it('warn in the language about what the import assumed', () => {
    const files = [{ name: 'ties.csv', text: 'source,target\nKWN,Agency\nKWN,Police\n' }];
    expect(linesIn('bs', files)).toEqual([
      'ties.csv: 3 aktera nemaju kind (akter "KWN" (red 2), akter "Agency" (red 2), akter "Police" (red 3)); dodijeljeno im je "civil_society"',
      expect.stringContaining('ties.csv: 3 aktera nemaju country'),
      expect.stringContaining('ties.csv: 3 aktera nemaju level'),
      'ties.csv: 2 veze nemaju kind (red 2, red 3); dodijeljeno im je "partnership"',
      'ties.csv: facilitator nije naveden, a nema ni "UN Women", pa je uzet "KWN" (kwn), akter s najviše veza (2); navedite drugog kolonom ili opcijom facilitator',
    ]);
  });
});
