import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readScenarioFile, writeScenarioFile, type Scenario } from '../../../src/core/scenario';
import { arbitraryEdits } from './arbitrary-edits';

const scenario = (): Scenario => ({
  id: 'broker-ks',
  name: 'Broker for Kosovo Serb women',
  note: '',
  seed: 7,
  edits: [
    { op: 'removeTie', id: 'kwn--sgcg' },
    {
      op: 'group',
      label: 'Add broker: Broker 1 between KSWN and Kosovo Police',
      edits: [
        { op: 'addActor', actor: { id: 'broker-1', name: 'Broker 1', kind: 'civil_society', country: 'Kosovo', level: 'local' } },
        { op: 'addTie', tie: { id: 'broker-1--kswn', source: 'broker-1', target: 'kswn', kind: 'coordination' } },
      ],
    },
    { op: 'changeActor', id: 'kwn', changes: { capacity: 'established', community: null } },
  ],
});

const errorsOf = (value: unknown) => {
  const read = readScenarioFile(typeof value === 'string' ? value : JSON.stringify(value), 'plan.json');
  return read.ok ? [] : read.errors;
};
const file = (edits: unknown[]) => ({ schemaVersion: 1, format: 'bridgework-scenario', scenario: { ...scenario(), edits } });

describe('readScenarioFile', () => {
  it('readScenarioFile reads back what writeScenarioFile wrote', () => {
    const read = readScenarioFile(writeScenarioFile(scenario(), 'Western Balkans 2011'), 'plan.json');
    expect(read).toEqual({
      ok: true,
      bare: false,
      scenarioFile: { schemaVersion: 1, format: 'bridgework-scenario', baselineTitle: 'Western Balkans 2011', scenario: scenario() },
    });
  });

  it('readScenarioFile round-trips random edit lists that are well formed', () => {
    fc.assert(
      fc.property(arbitraryEdits, (edits) => {
        const s = { ...scenario(), edits };
        const read = readScenarioFile(writeScenarioFile(s), 'x.json');
        // Among the random edits only these are malformed: clearing a name, and a tie from an actor to itself.
        const flat = edits.flatMap((e) => (e.op === 'group' ? e.edits : [e]));
        const malformed = flat.some(
          (e) => (e.op === 'changeActor' && e.changes.name === null) || (e.op === 'addTie' && e.tie.source === e.tie.target),
        );
        expect(read.ok).toBe(!malformed);
        if (read.ok) expect(read.scenarioFile.scenario).toEqual(s);
      }),
      { numRuns: 100 },
    );
  });

  it('readScenarioFile names the file, the edit number and the field of each problem', () => {
    expect(
      errorsOf(
        file([
          { op: 'addTie', tie: { id: 'a--b', source: 'a', kind: 'friendship' } },
          { op: 'removeActor' },
          { op: 'teleport', id: 'x' },
          { op: 'group', label: 'G', edits: [{ op: 'addActor', actor: { id: 'n', name: 'N', kind: 'un', country: 'Mars', level: 'local' } }] },
          { op: 'changeActor', id: 'kwn', changes: { id: 'kwn2', kind: null, colour: 'red', since: 1066 } },
        ]),
      ),
    ).toEqual([
      'plan.json: edit 1 (add tie "a--b"), tie.target: is missing',
      'plan.json: edit 1 (add tie "a--b"), tie.kind: expected one of partnership, membership, mou, funding, training, coordination, dialogue; got "friendship"',
      'plan.json: edit 2 (remove actor), id: is missing',
      'plan.json: edit 3 (teleport "x"), op: expected one of addActor, removeActor, addTie, removeTie, changeActor, group; got "teleport"',
      'plan.json: edit 4, step 1 (add actor "n"), actor.country: expected one of Kosovo, BiH, Serbia, regional, international; got "Mars"',
      'plan.json: edit 5 (change actor "kwn"), changes.id: cannot be changed (remove the actor and add a new one instead)',
      'plan.json: edit 5 (change actor "kwn"), changes.kind: is required and cannot be cleared (null)',
      'plan.json: edit 5 (change actor "kwn"), changes.colour: is not an actor field',
      'plan.json: edit 5 (change actor "kwn"), changes.since: expected a year such as 2008, got number 1066',
    ]);
  });

  it('readScenarioFile rejects bad JSON, a network file, a wrong version and a bad scenario', () => {
    expect(errorsOf('{\n  "edits": [,]\n}')[0]).toMatch(/^plan\.json: line 2, column \d+: not valid JSON/);
    expect(errorsOf({ schemaVersion: 1, title: 't', facilitator: 'f', actors: [], ties: [] })).toEqual([
      'plan.json: scenario file, format: this is a network file, not a scenario',
    ]);
    expect(errorsOf({ ...file([]), schemaVersion: 2 })).toEqual([
      'plan.json: scenario file, schemaVersion: expected 1, got 2 (written by a newer version of Bridgework)',
    ]);
    expect(errorsOf({ schemaVersion: 1, format: 'bridgework-scenario', scenario: { id: 's', name: '', seed: -1, edits: {} } })).toEqual([
      'plan.json: scenario, name: expected text, got empty text',
      'plan.json: scenario, note: expected text (it may be empty)',
      'plan.json: scenario, seed: expected a whole number, got number -1',
      'plan.json: scenario, edits: expected a list, got an object',
    ]);
    expect(errorsOf([])).toEqual(['plan.json: scenario file, (whole record): expected an object, got a list']);
  });

  it('readScenarioFile accepts a bare scenario or just an edit list, filling in the rest from the file name', () => {
    const read = readScenarioFile(JSON.stringify({ edits: [{ op: 'removeActor', id: 'kwn' }] }), 'data/what-if.json');
    expect(read).toEqual({
      ok: true,
      bare: true,
      scenarioFile: {
        schemaVersion: 1,
        format: 'bridgework-scenario',
        scenario: { id: 'what-if', name: 'what-if', note: '', seed: 1, edits: [{ op: 'removeActor', id: 'kwn' }] },
      },
    });
    const bare = readScenarioFile(JSON.stringify(scenario()), 'x.json');
    expect(bare.ok && bare.scenarioFile.scenario).toEqual(scenario());
  });
});
