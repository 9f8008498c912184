import { describe, expect, it } from 'vitest';
import type { Edit } from '../../src/core/scenario/types';
import { ScenarioState } from '../../src/state/scenario-state.svelte';
import { smallNetwork } from '../fixtures/load';

const tie = (id: string, source: string, target: string): Edit => ({ op: 'addTie', tie: { id, source, target, kind: 'partnership' } });

describe('ScenarioState', () => {
  it('ScenarioState starts a scenario for the first edit made on the baseline, and never changes the baseline', () => {
    const baseline = smallNetwork();
    const frozen = JSON.stringify(baseline);
    const state = new ScenarioState(baseline);
    expect(state.active).toBeNull();
    state.apply(tie('x', 'rae', 'police'));
    expect(state.active?.name).toBe('Scenario 1');
    expect(state.network.ties.map((t) => t.id)).toContain('x');
    expect(JSON.stringify(state.baseline)).toBe(frozen);
  });

  it('ScenarioState undoes and redoes edits, and a new edit clears the redo', () => {
    const state = new ScenarioState(smallNetwork());
    state.apply(tie('a', 'rae', 'police'));
    state.apply(tie('b', 'ngo', 'police'));
    state.undo();
    expect(state.active!.edits).toHaveLength(1);
    expect(state.canRedo).toBe(true);
    state.redo();
    expect(state.active!.edits).toHaveLength(2);
    state.undo();
    state.undo();
    expect(state.network.ties).toEqual(smallNetwork().ties);
    expect(state.canUndo).toBe(false);
    state.apply(tie('c', 'ngo', 'ministry'));
    expect(state.canRedo).toBe(false);
  });

  it('ScenarioState removes one edit from the middle, undoably', () => {
    const state = new ScenarioState(smallNetwork());
    for (const id of ['a', 'b', 'c']) state.apply(tie(id, id === 'a' ? 'rae' : id === 'b' ? 'ngo' : 'donor', 'police'));
    state.removeEdit(1);
    expect(state.active!.edits.map((e) => (e.op === 'addTie' ? e.tie.id : ''))).toEqual(['a', 'c']);
    state.undo();
    expect(state.active!.edits).toHaveLength(3);
  });

  it('ScenarioState keeps each scenario\'s own history and shows the baseline on request', () => {
    const state = new ScenarioState(smallNetwork());
    state.apply(tie('a', 'rae', 'police'));
    const first = state.active!.id;
    state.create('Second');
    state.apply(tie('b', 'ngo', 'police'));
    state.show(first);
    expect(state.active!.edits).toHaveLength(1);
    state.undo();
    expect(state.active!.edits).toHaveLength(0);
    state.show(null);
    expect(state.network).toBe(state.baseline);
    expect(state.reference).toBe(state.baseline);
    expect(state.scenarios.map((s) => s.name)).toEqual(['Scenario 1', 'Second']);
  });

  it('ScenarioState reports edits that no longer apply instead of failing', () => {
    const state = new ScenarioState(smallNetwork());
    state.apply({ op: 'removeActor', id: 'police' });
    state.apply(tie('late', 'rae', 'police'));
    expect(state.applied!.problems).toHaveLength(1);
    expect(state.network.actors.some((a) => a.id === 'police')).toBe(false);
  });
});
