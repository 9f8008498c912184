// The workspace as saved: the scenarios, which are shown, and the view. Plain JSON throughout.

import type { ActorKind, Country } from '../core/model/types';
import type { Scenario } from '../core/scenario/types';
import type { Story } from '../core/story/types';
import type { SizeMetric, ViewMode } from '../state/view-state.svelte';

/** The parts of ViewState worth finding again after a reload (not the hover or a zoom request). */
export interface WorkspaceView {
  mode: ViewMode;
  selectedId: string | null;
  /** METRICS.md's step horizon, 1..4. */
  k: number;
  sizeBy: SizeMetric;
  /** The timeline's year, or null with the timeline off. */
  year: number | null;
  hiddenKinds: ActorKind[];
  hiddenCountries: Country[];
}

/** One network's scenarios and which are shown (the shape of ScenarioState's snapshot). */
export interface ScenarioSet {
  scenarios: Scenario[];
  /** The scenario on screen, null for the baseline. */
  activeId: string | null;
  /** What it is compared with, null for the baseline. */
  referenceId: string | null;
}

/** The open network's scenarios at the top level; every other network's on the shelf. */
export interface Workspace extends ScenarioSet {
  /** Counts saves. Each save writes the stored revision + 1; a tab whose base is older is stale. */
  revision: number;
  /** When it was last saved (ISO 8601); '' if never. */
  savedAt: string;
  /** The open network (LibraryState.currentId): an imported network's id, or null for the embedded one. */
  networkId: string | null;
  /** The scenarios of the networks not open, by network id (EMBEDDED_KEY for the embedded one). */
  shelf: Record<string, ScenarioSet>;
  view: WorkspaceView;
  /** The presenter's own stories (the built-in one ships with the app). Absent in records saved before stories. */
  stories?: Story[];
}

/** What the UI hands to save: the store sets the revision and the time. */
export type WorkspaceContent = Omit<Workspace, 'revision' | 'savedAt'>;

export const DEFAULT_VIEW: Readonly<WorkspaceView> = {
  mode: 'map',
  selectedId: null,
  k: 2,
  sizeBy: 'degree',
  year: null,
  hiddenKinds: [],
  hiddenCountries: [],
};

export function emptyWorkspace(): Workspace {
  return {
    revision: 0,
    savedAt: '',
    networkId: null,
    scenarios: [],
    activeId: null,
    referenceId: null,
    shelf: {},
    view: { ...DEFAULT_VIEW, hiddenKinds: [], hiddenCountries: [] },
  };
}

/** The content without revision and time, as text, to tell whether a save would change anything. */
export function contentKey(workspace: WorkspaceContent): string {
  const { networkId, scenarios, activeId, referenceId, shelf, view, stories = [] } = workspace;
  return JSON.stringify({ networkId, scenarios, activeId, referenceId, shelf, view, stories });
}

/** Every network's scenarios as text: two workspaces with the same hold the same work. */
export function scenariosKey(workspace: unknown): string {
  const { scenarios = [], shelf = {} } = (workspace ?? {}) as { scenarios?: unknown; shelf?: unknown };
  return JSON.stringify({ scenarios, shelf });
}

/** How many scenarios a stored workspace holds, on every network; 0 for anything unreadable. */
export function scenarioCount(workspace: unknown): number {
  const count = (set: unknown) => {
    const scenarios = (set as { scenarios?: unknown } | null | undefined)?.scenarios;
    return Array.isArray(scenarios) ? scenarios.length : 0;
  };
  const shelf = (workspace as { shelf?: unknown } | null | undefined)?.shelf;
  const shelved = typeof shelf === 'object' && shelf !== null ? Object.values(shelf) : [];
  return count(workspace) + shelved.reduce((sum: number, set) => sum + count(set), 0);
}
