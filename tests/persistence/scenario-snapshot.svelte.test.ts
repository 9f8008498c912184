import { describe, expect, it } from 'vitest';
import { ScenarioState } from '../../src/state/scenario-state.svelte';
import { smallNetwork } from '../fixtures/load';
import { openStore, scenario, tie, workspaceWith } from './helpers';

// In the component project, so the rune class runs as the browser compiles it (proxies and all).
describe('ScenarioState.snapshot and restore', () => {
  it('ScenarioState.snapshot is plain data IndexedDB can store, untouched by later edits', () => {
    const state = new ScenarioState(smallNetwork());
    state.apply(tie('a', 'rae', 'police'));
    const snapshot = state.snapshot();
    expect(() => structuredClone(snapshot)).not.toThrow();
    state.apply(tie('b', 'ngo', 'police'));
    expect(snapshot).toEqual({ scenarios: [{ id: 'scenario-1', name: 'Scenario 1', note: '', seed: 2011, edits: [tie('a', 'rae', 'police')] }], activeId: 'scenario-1', referenceId: null });
  });

  it('ScenarioState.restore shows the saved scenarios with fresh undo histories, dropping unknown ids', () => {
    const state = new ScenarioState(smallNetwork());
    state.apply(tie('old', 'rae', 'police'));
    state.restore({ scenarios: [scenario('x'), scenario('y')], activeId: 'y', referenceId: 'gone' });
    expect(state.scenarios.map((s) => s.id)).toEqual(['x', 'y']);
    expect(state.active?.id).toBe('y');
    expect(state.referenceId).toBeNull();
    expect(state.canUndo).toBe(false);
    state.apply(tie('z', 'ngo', 'police'));
    state.undo();
    expect(state.active!.edits).toEqual(scenario('y').edits);
  });

  it('ScenarioState survives a save and a reload through the store', async () => {
    const state = new ScenarioState(smallNetwork());
    state.apply(tie('a', 'rae', 'police'));
    state.create('Second');
    state.compareWith('scenario-1');
    const store = await openStore();
    const { view, networkId, shelf } = workspaceWith();
    expect((await store.save({ ...state.snapshot(), view, networkId, shelf }, 0)).ok).toBe(true);
    const loaded = await store.load();
    const again = new ScenarioState(smallNetwork());
    if (!loaded.ok || !loaded.value.workspace) throw new Error('nothing loaded');
    again.restore(loaded.value.workspace);
    expect(again.snapshot()).toEqual(state.snapshot());
  });
});
