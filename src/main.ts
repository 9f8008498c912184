// Entry point: validates the embedded network, creates the app's state and mounts the page.

import { mount } from 'svelte';
import embedded from '../data/western-balkans-2011.json';
import App from './components/App.svelte';
import { describeProblems, validateNetwork } from './core/model/validate';
import { LayoutState } from './state/layout-state.svelte';
import { MetricsState } from './state/metrics-state.svelte';
import { NetworkState } from './state/network-state.svelte';
import { ScenarioState } from './state/scenario-state.svelte';
import { SearchState } from './state/search-state.svelte';
import { ImportState } from './state/import-state.svelte';
import { LibraryState } from './state/library-state.svelte';
import { PersistenceState } from './state/persistence-state.svelte';
import { PresenterState } from './state/presenter-state.svelte';
import { WorkshopState } from './state/workshop-state.svelte';
import { StoriesState } from './state/stories-state.svelte';
import { ViewState } from './state/view-state.svelte';
import './styles.css';
import { t } from './i18n/i18n.svelte';
import { startLocale } from './i18n/start-locale';
import { theme } from './components/theme.svelte';

const target = document.getElementById('app')!;
theme.start();

// Offline after the first visit: the service worker keeps the built app (not in development, where files change).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void navigator.serviceWorker.register('./sw.js').catch(() => undefined);
}
await startLocale();
const validation = validateNetwork(embedded);

if (validation.ok) {
  const scenarios = new ScenarioState(validation.network);
  const view = new ViewState();
  const presenter = new PresenterState(() => scenarios.baseline);
  const metrics = new MetricsState();
  const context = {
    scenarios,
    view,
    presenter,
    workshop: new WorkshopState(scenarios),
    stories: new StoriesState(scenarios, view),
    network: new NetworkState({ scenarios, view, presenter, numbers: metrics }),
    layout: new LayoutState(),
    metrics,
    search: new SearchState(),
    library: new LibraryState(validation.network, scenarios),
    importer: new ImportState(),
  };
  const persistence = new PersistenceState(context);
  await persistence.start();
  mount(App, { target, props: { context: { ...context, persistence } } });
} else {
  const heading = document.createElement('h1');
  heading.textContent = t('app.invalidData');
  const list = document.createElement('ul');
  for (const line of describeProblems(validation.problems)) {
    const item = document.createElement('li');
    item.textContent = `data/western-balkans-2011.json: ${line}`;
    list.append(item);
  }
  target.append(heading, list);
}
