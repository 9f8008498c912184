// Problems with scenario, story, exercises and backup files in the interface's language, naming the same
// files, records and fields as in English, with values and field names quoted as given.

import { describe, expect, it } from 'vitest';
import { ENGLISH_PROBLEMS, problemWordsIn, type ProblemWords } from '../../src/core/model/problem-words';
import { readScenarioFile } from '../../src/core/scenario/scenario-file';
import { readStory } from '../../src/core/story/story-file';
import { checkExercisesAgainst } from '../../src/core/workshop/check-exercises-against';
import { readExercises } from '../../src/core/workshop/exercises-file';
import type { Exercise } from '../../src/core/workshop/types';
import { bs } from '../../src/i18n/bs/index';
import { sq } from '../../src/i18n/sq/index';
import { readBackup } from '../../src/persistence/read-backup';
import { network, ties } from '../core/metrics/helpers';

const WORDS: Record<'en' | 'sq' | 'bs', ProblemWords> = {
  en: ENGLISH_PROBLEMS,
  sq: problemWordsIn('sq', sq),
  bs: problemWordsIn('bs', bs),
};
type Language = keyof typeof WORDS;

const SCENARIO = JSON.stringify({
  format: 'bridgework-scenario',
  schemaVersion: 1,
  scenario: {
    id: 's', name: 'S', note: 3, seed: 1,
    edits: [
      { op: 'addTie', tie: { id: 'a--b', source: 'a', target: 'a', kind: 'friendship' } },
      { op: 'changeActor', id: 'kwn', changes: { id: 'x', colour: 'red', name: null } },
      { op: 'group', label: 'G', edits: [{ op: 'removeActor' }] },
    ],
  },
});
const STORY = JSON.stringify({
  format: 'bridgework-story', schemaVersion: 1, id: 'st', title: 'T',
  steps: [{ title: 'One', caption: 'c', edits: [{ op: 'removeTie' }], focus: [''], k: 7, colour: 1, evidence: { quote: '', section: 3 }, expect: { reach: 'sideways' } }],
});
const EXERCISES = JSON.stringify({
  format: 'bridgework-exercises', schemaVersion: 1,
  exercises: [
    { id: 'Bad_Id', title: 'T', situation: 'S', goal: { type: 'inclusion-at-least', k: 9, value: 2 }, moves: ['addTie', 'addTie'], budget: { money: 3 }, hints: ['one'], lesson: { quote: 'q', section: 's' }, solution: [] },
    { id: 'Bad_Id', title: 'T', situation: 'S', goal: { type: 'no-cut-off', k: 2 }, moves: ['addTie'], budget: {}, hints: ['a', 'b'], solution: [{ op: 'addTie' }] },
  ],
});
const BACKUP = JSON.stringify({
  format: 'bridgework-backup', version: 1,
  workspace: { revision: 1, scenarios: [{ id: 's', name: 'S', note: '', seed: 1 }], activeId: 'gone', referenceId: null, networkId: 3, shelf: { x: { nope: 1 } } },
  networks: [{ id: 'n', fileNames: [], importedAt: 'x' }],
  setAside: [7],
});

const READERS: Record<string, (language: Language) => string[]> = {
  scenario: (language) => errorsOf(readScenarioFile(SCENARIO, 'plan.scenario.json', WORDS[language])),
  story: (language) => errorsOf(readStory(STORY, 'tale.story.json', WORDS[language])),
  exercises: (language) => errorsOf(readExercises(EXERCISES, 'drills.json', WORDS[language])),
  backup: (language) => errorsOf(readBackup(BACKUP, 'old.json', WORDS[language])),
};

function errorsOf(read: { ok: true } | { ok: false; errors: string[] }): string[] {
  return read.ok ? [] : read.errors;
}

/** What must not change with the language: the file, the quoted values and field names, every number, in order. */
const landmarks = (line: string) => ({
  file: line.split(':')[0],
  quoted: line.match(/"[^"]*"/g),
  fields: line.match(/\b(?:[a-z]+[A-Z]\w*|\w+\[\d+\]|\w+\.\w+)\b/g),
  numbers: line.match(/\d+/g),
});

describe.each(['sq', 'bs'] as const)('in %s', (language) => {
  it.each(Object.keys(READERS))('a broken %s file reads in the language, naming the same places as in English', (kind) => {
    const english = READERS[kind]!('en');
    const translated = READERS[kind]!(language);
    expect(english.length).toBeGreaterThan(2);
    expect(translated.map(landmarks)).toEqual(english.map(landmarks));
    translated.forEach((line, i) => expect(line).not.toBe(english[i]));
  });
});

describe('file problems', () => {
  it('name edits, steps and fields in Bosnian', () => {
    expect(READERS.scenario!('bs')).toEqual([
      'plan.scenario.json: scenarij, note: očekivan je tekst (može biti prazan)',
      'plan.scenario.json: izmjena 1 (dodaj vezu "a--b"), tie.target: je isti akter kao source',
      expect.stringMatching(/^plan\.scenario\.json: izmjena 1 \(dodaj vezu "a--b"\), tie\.kind: očekivano je jedno od partnership, .*; dobijeno je "friendship"$/),
      'plan.scenario.json: izmjena 2 (promijeni aktera "kwn"), changes.id: ne može se mijenjati (uklonite aktera i dodajte novog)',
      'plan.scenario.json: izmjena 2 (promijeni aktera "kwn"), changes.colour: nije polje aktera',
      'plan.scenario.json: izmjena 2 (promijeni aktera "kwn"), changes.name: je obavezno i ne može se obrisati (null)',
      'plan.scenario.json: izmjena 3, korak 1 (ukloni aktera), id: nedostaje',
    ]);
    expect(READERS.story!('bs')).toContain('tale.story.json: korak 1, k: očekivan je cijeli broj od 1 do 4, a dobijeno je 7');
    expect(READERS.exercises!('bs')).toContain('drills.json: vježba 2 ("Bad_Id"), id: ponavlja "Bad_Id", koji već koristi ranija vježba');
  });

  it('name exercises, records and stored parts in Albanian', () => {
    expect(READERS.exercises!('sq').slice(0, 4)).toEqual([
      'drills.json: ushtrimi 1 ("Bad_Id"), id: pritej me shkronja të vogla të lidhura me viza, si "rae-broker"',
      'drills.json: ushtrimi 1 ("Bad_Id"), goal.k: pritej një numër i plotë hapash nga 1 deri në 4, u gjet 9',
      'drills.json: ushtrimi 1 ("Bad_Id"), goal.value: pritej një pjesë nga 0 deri në 1 (0.2 është 20%), u gjet 2',
      'drills.json: ushtrimi 1 ("Bad_Id"), moves[2]: përsërit addTie',
    ]);
    expect(READERS.story!('sq')).toContain('tale.story.json: hapi 1, evidence.quote: i mungojnë fjalët e raportit (tekst)');
    expect(READERS.backup!('sq')).toEqual([
      'old.json: hapësira e punës, skenari 1: skenari, edits: mungon (pritej një listë)',
      'old.json: hapësira e punës, shelf "x": pritej { scenarios, activeId, referenceId }',
      'old.json: hapësira e punës, view: pritej një objekt; përdoret pamja e parazgjedhur',
      'old.json: hapësira e punës, activeId: "gone" nuk emërton asnjë skenar; përdoret null',
      'old.json: hapësira e punës, networkId: 3 nuk është i vlefshëm; përdoret rrjeti i përfshirë',
      'old.json: rrjeti 1, fileNames: pritej një listë me një ose më shumë emra skedarësh',
      'old.json: rrjeti 1, network: mungon',
      'old.json: regjistrimi i lënë mënjanë 1: pritej { from, key, reasons, raw, setAsideAt }',
    ]);
  });

  it('say in the language what a file is instead of the one expected', () => {
    expect(errorsOf(readScenarioFile('{"actors":[],"ties":[]}', 'net.json', WORDS.bs))).toEqual(['net.json: datoteka scenarija, format: ovo je datoteka mreže, a ne scenarij']);
    expect(errorsOf(readBackup('{"format":"bridgework-scenario"}', 'b.json', WORDS.sq))).toEqual([
      'b.json: format: ky është skedar skenari, jo kopje rezervë e Bridgework ("bridgework-backup")',
    ]);
    expect(errorsOf(readBackup('{}', 'b.json', WORDS.bs))).toEqual(['b.json: format: format nedostaje; ovo nije rezervna kopija Bridgeworka ("bridgework-backup")']);
    expect(errorsOf(readExercises('{\n "a": oops }', 'x.json', WORDS.bs))).toEqual(['x.json: red 2, kolona 7: nije ispravan JSON (neočekivan znak "o")']);
  });

  it('check exercises against the network in the language', () => {
    const baseline = network(['F:un', 'r:womens_org:Roma', 'd:government'], ties('F-r'));
    const exercise: Exercise = {
      id: 'ghost-goal', title: 'T', situation: 'S',
      goal: { type: 'reach-decision-maker', actor: 'ghost', within: 2 },
      moves: ['addTie'], budget: {}, hints: ['a', 'b'], lesson: { quote: 'q', section: 's' },
      solution: [{ op: 'addTie', tie: { id: 'r--d', source: 'r', target: 'd', kind: 'dialogue' } }],
    };
    expect(checkExercisesAgainst([exercise], baseline, WORDS.bs)[0]).toBe('vježba 1 ("ghost-goal"), goal.actor: "ghost" nije u mreži od koje polaznik počinje');
    expect(checkExercisesAgainst([exercise], baseline, WORDS.sq)[0]).toBe('ushtrimi 1 ("ghost-goal"), goal.actor: "ghost" nuk është në rrjetin nga i cili nis pjesëmarrësi');
  });
});
