import { describe, expect, it } from 'vitest';
import { readStory, writeStory, type Story } from '../../../src/core/story';

const story = (): Story => ({
  schemaVersion: 1,
  format: 'bridgework-story',
  id: 'demo',
  title: 'A demo story',
  steps: [
    { title: 'Baseline', caption: 'The network as it is.', edits: [], year: null, focus: ['kwn'], k: 2 },
    {
      title: 'KWN leaves',
      caption: 'Reach falls.',
      edits: [{ op: 'removeTie', id: 'kwn--sgcg' }],
      year: 2011,
      focus: [],
      k: 3,
      sizeBy: 'betweenness',
      evidence: { quote: 'which has recently withdrawn', section: 'CASE STUDY 8 / Background' },
      expect: { relativeTo: 'baseline', reach: 'down', groups: { 'Kosovo Serb': 'same' } },
    },
  ],
});

const errorsOf = (value: unknown) => {
  const read = readStory(typeof value === 'string' ? value : JSON.stringify(value), 'talk.json');
  return read.ok ? [] : read.errors;
};

describe('readStory', () => {
  it('readStory reads back what writeStory wrote', () => {
    expect(readStory(writeStory(story()), 'talk.json')).toEqual({ ok: true, story: story() });
  });

  it('readStory fills in year null, focus [] and k 2 when a hand-written step leaves them out', () => {
    const read = readStory(JSON.stringify({ ...story(), steps: [{ title: 'T', caption: 'C', edits: [] }] }), 'talk.json');
    expect(read.ok && read.story.steps[0]).toEqual({ title: 'T', caption: 'C', edits: [], year: null, focus: [], k: 2 });
  });

  it('readStory names the file, the step number and the field of each problem', () => {
    const steps = [
      { title: 'Fine', caption: 'Fine.', edits: [] },
      { title: '', edits: [{ op: 'removeTie' }], year: 1850, focus: ['kwn', 7], k: 5, sizeBy: 'colour', colour: 'red' },
      {
        title: 'T',
        caption: 'C',
        edits: [],
        evidence: { quote: 'x'.repeat(260), section: '' },
        expect: { reach: 'sideways', groups: { 'Kosovo Serb': 'up', survivors: 'left' }, loudness: 'up' },
      },
    ];
    expect(errorsOf({ ...story(), steps })).toEqual([
      'talk.json: step 2, colour: is not a step field',
      'talk.json: step 2, title: expected text, got empty text',
      'talk.json: step 2, caption: is missing',
      'talk.json: step 2, edit 1 (remove tie), id: is missing',
      'talk.json: step 2, year: expected a year such as 2008, got number 1850',
      'talk.json: step 2, focus[2]: expected an actor id (text)',
      'talk.json: step 2, k: expected a whole number from 1 to 4, got 5',
      'talk.json: step 2, sizeBy: expected one of degree, betweenness, reach, constraint; got "colour"',
      'talk.json: step 3, evidence.quote: is 260 characters; keep it under 250',
      'talk.json: step 3, evidence.section: needs the section it comes from (text)',
      'talk.json: step 3, expect.reach: expected one of up, down, same; got "sideways"',
      'talk.json: step 3, expect.groups.survivors: expected one of up, down, same',
      'talk.json: step 3, expect.loudness: is not a number a step can expect (one of: reach, inclusion, overlap, reachWithoutFacilitator, groups)',
    ]);
  });

  it('readStory says what is wrong with the file as a whole', () => {
    expect(errorsOf('{"steps": [')).toEqual([expect.stringMatching(/^talk\.json: line 1, column \d+: not valid JSON/)]);
    expect(errorsOf([])).toEqual(['talk.json: story, (whole record): expected an object, got a list']);
    expect(errorsOf({ ...story(), format: 'bridgework-scenario' })).toEqual([
      'talk.json: story, format: expected "bridgework-story", got "bridgework-scenario"',
    ]);
    expect(errorsOf({ ...story(), schemaVersion: 2, steps: [] })).toEqual([
      'talk.json: story, schemaVersion: expected 1, got 2 (written by a newer version of Bridgework)',
      'talk.json: story, steps: is empty (a story needs at least one step)',
    ]);
    expect(errorsOf({ schemaVersion: 1, format: 'bridgework-story' })).toEqual([
      'talk.json: story, id: is missing',
      'talk.json: story, title: is missing',
      'talk.json: story, steps: is missing (expected a list)',
    ]);
  });
});
