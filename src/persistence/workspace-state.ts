// Copies the app's state into a workspace to save, and a loaded workspace back into the state.

import type { Story } from '../core/story/types';
import type { ImportedNetwork, LibraryState } from '../state/library-state.svelte';
import type { ScenarioSnapshot, ScenarioState } from '../state/scenario-state.svelte';
import { restoreView, viewSnapshot, type ViewFields } from './view-snapshot';
import type { Loaded } from './load';
import { EMBEDDED_KEY, type NetworkRecord } from './schema';
import type { ScenarioSet, WorkspaceContent } from './workspace';

/** The state objects a workspace describes (main.ts creates them). */
export interface WorkspaceTargets {
  library: Pick<LibraryState, 'imported' | 'currentId' | 'shelf' | 'networkOf'>;
  scenarios: Pick<ScenarioState, 'snapshot' | 'open'>;
  view: ViewFields;
  /** The presenter's own stories; optional, for callers (tests) that keep none. */
  stories?: { stories: readonly Story[] };
}

// Stored shapes are their own contract, but must stay interchangeable with the state's.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const networksMatch: Same<NetworkRecord, ImportedNetwork> = true;
const setsMatch: Same<ScenarioSet, ScenarioSnapshot> = true;
void networksMatch;
void setsMatch;

/** Plain data for Autosaver.changed: the open network's scenarios, the shelf, the view. */
export function workspaceOf({ library, scenarios, view, stories }: WorkspaceTargets): WorkspaceContent {
  const content = { networkId: library.currentId, ...scenarios.snapshot(), shelf: Object.fromEntries(library.shelf), view: viewSnapshot(view) };
  return stories ? { ...content, stories: [...stories.stories] } : content;
}

/**
 * Puts what load() returned into the state: the imported networks, the open one with its
 * scenarios, the shelf, the view. If the open network is gone (set aside as invalid), the
 * embedded one opens and the orphaned scenarios wait on the shelf under its id, not lost.
 */
export function restoreWorkspace({ workspace, networks }: Pick<Loaded, 'workspace' | 'networks'>, { library, scenarios, view, stories }: WorkspaceTargets): void {
  library.imported = networks;
  if (!workspace) return;
  const shelf = new Map(Object.entries(workspace.shelf));
  let id = workspace.networkId;
  let own: ScenarioSnapshot = { scenarios: workspace.scenarios, activeId: workspace.activeId, referenceId: workspace.referenceId };
  if (id !== null && !library.networkOf(id)) {
    shelf.set(id, own);
    id = null;
    own = shelf.get(EMBEDDED_KEY) ?? { scenarios: [], activeId: null, referenceId: null };
  }
  shelf.delete(id ?? EMBEDDED_KEY);
  library.shelf = shelf;
  library.currentId = id;
  scenarios.open(library.networkOf(id)!, own);
  restoreView(view, workspace.view);
  if (stories) stories.stories = workspace.stories ?? [];
}
