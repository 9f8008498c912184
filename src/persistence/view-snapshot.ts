// Copies the saved parts of the view state out and back in, for save and reload.

import type { ViewState } from '../state/view-state.svelte';
import type { WorkspaceView } from './workspace';

export type ViewFields = Pick<ViewState, 'mode' | 'selectedId' | 'k' | 'sizeBy' | 'year' | 'hiddenKinds' | 'hiddenCountries'>;

/** Plain data (Sets become lists), safe for IndexedDB. */
export function viewSnapshot(view: ViewFields): WorkspaceView {
  const { mode, selectedId, k, sizeBy, year } = view;
  return { mode, selectedId, k, sizeBy, year, hiddenKinds: [...view.hiddenKinds], hiddenCountries: [...view.hiddenCountries] };
}

export function restoreView(view: ViewFields, saved: WorkspaceView): void {
  view.mode = saved.mode;
  view.selectedId = saved.selectedId;
  view.k = saved.k;
  view.sizeBy = saved.sizeBy;
  view.year = saved.year;
  view.hiddenKinds = new Set(saved.hiddenKinds);
  view.hiddenCountries = new Set(saved.hiddenCountries);
}
