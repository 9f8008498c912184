import { describe, expect, it } from 'vitest';
import { EMBEDDED_KEY } from '../../src/persistence/schema';
import { restoreWorkspace, workspaceOf } from '../../src/persistence/workspace-state';
import { EMBEDDED, LibraryState } from '../../src/state/library-state.svelte';
import { ScenarioState } from '../../src/state/scenario-state.svelte';
import { ViewState } from '../../src/state/view-state.svelte';
import { smallNetwork } from '../fixtures/load';
import { networkRecord, NOW, scenario, tie } from './helpers';

function app() {
  const scenarios = new ScenarioState(smallNetwork());
  return { scenarios, library: new LibraryState(smallNetwork(), scenarios), view: new ViewState() };
}

describe('workspaceOf and restoreWorkspace', () => {
  it('EMBEDDED_KEY, persisted, is the library\'s key for the embedded network', () => {
    expect(EMBEDDED_KEY).toBe(EMBEDDED);
  });

  it('restoreWorkspace brings back the open network, its scenarios, the shelf and the view', () => {
    const before = app();
    before.scenarios.apply(tie('a', 'rae', 'police'));
    const id = before.library.add(smallNetwork(), ['mine.csv'], NOW);
    before.scenarios.apply(tie('b', 'ngo', 'police'));
    before.view.k = 4;
    before.view.toggleKind('donor');
    const saved = { ...workspaceOf(before), revision: 3, savedAt: '' };
    expect(saved).toMatchObject({ networkId: id, shelf: { embedded: { activeId: 'scenario-1' } }, view: { k: 4, hiddenKinds: ['donor'] } });

    const after = app();
    restoreWorkspace({ workspace: saved, networks: [...before.library.imported] }, after);
    expect(workspaceOf(after)).toEqual(workspaceOf(before));
    after.library.open(null);
    expect(after.scenarios.active?.edits).toEqual([tie('a', 'rae', 'police')]);
  });

  it('restoreWorkspace opens the embedded network when the open one is gone, keeping its scenarios on the shelf', () => {
    const after = app();
    const workspace = { ...workspaceOf(app()), revision: 1, savedAt: '', networkId: 'gone', scenarios: [scenario('orphan')], activeId: 'orphan',
      shelf: { embedded: { scenarios: [scenario('home')], activeId: 'home', referenceId: null } } };
    restoreWorkspace({ workspace, networks: [networkRecord('other')] }, after);
    expect(after.library.currentId).toBeNull();
    expect(after.scenarios.active?.id).toBe('home');
    expect(workspaceOf(after).shelf).toEqual({ gone: { scenarios: [scenario('orphan')], activeId: 'orphan', referenceId: null } });
    expect(after.library.imported.map((n) => n.id)).toEqual(['other']);
  });
});
