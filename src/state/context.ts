// The app's shared state, handed to components through one typed context.

import { createContext } from 'svelte';
import type { ImportState } from './import-state.svelte';
import type { LayoutState } from './layout-state.svelte';
import type { LibraryState } from './library-state.svelte';
import type { MetricsState } from './metrics-state.svelte';
import type { NetworkState } from './network-state.svelte';
import type { PersistenceState } from './persistence-state.svelte';
import type { PresenterState } from './presenter-state.svelte';
import type { WorkshopState } from './workshop-state.svelte';
import type { StoriesState } from './stories-state.svelte';
import type { ScenarioState } from './scenario-state.svelte';
import type { SearchState } from './search-state.svelte';
import type { ViewState } from './view-state.svelte';

export interface AppContext {
  scenarios: ScenarioState;
  network: NetworkState;
  view: ViewState;
  layout: LayoutState;
  metrics: MetricsState;
  search: SearchState;
  library: LibraryState;
  importer: ImportState;
  persistence: PersistenceState;
  presenter: PresenterState;
  workshop: WorkshopState;
  stories: StoriesState;
}

export const [getAppContext, setAppContext] = createContext<AppContext>();
