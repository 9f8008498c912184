// What is derived once per network version: the index, the layout input, lookups.

import { buildGraphIndex } from '../core/graph/build-graph-index';
import { degreeOf, type GraphIndex } from '../core/graph/graph-index';
import { stepsFrom } from '../core/graph/steps-from';
import { layoutInputOf, type LayoutInput } from '../core/layout/layout-input';
import { tiesByActor } from '../core/model/ties-by-actor';
import type { Actor, Network, Tie } from '../core/model/types';
import { overlayScenario, type Overlay } from '../core/scenario/overlay';
import { networkInYear } from '../core/scenario/timeline';
import type { MetricsState } from './metrics-state.svelte';
import type { PresenterState } from './presenter-state.svelte';
import type { ScenarioState } from './scenario-state.svelte';
import type { ViewState } from './view-state.svelte';

/** What the network state is derived from: the scenarios, the timeline's year, and a story on stage. */
export interface NetworkSource {
  scenarios: Pick<ScenarioState, 'reference' | 'network'>;
  view: Pick<ViewState, 'year'>;
  presenter?: Pick<PresenterState, 'network' | 'previous'>;
  /** When the map may show a new network: once its numbers are on screen. Without it, at once. */
  numbers?: Pick<MetricsState, 'readyFor'>;
}

export class NetworkState {
  /** What the network is compared with (the baseline, or another scenario), in the timeline's year if it is on. */
  readonly baseline: Network;
  /** The network described: the baseline or the active scenario, in the timeline's year if it is on. */
  readonly network: Network;
  /**
   * The network the map shows, and what it is compared with: `network` and `baseline` once their
   * numbers are on screen (see MetricsState.readyFor). An edit's numbers are what a person waits
   * for, so the map's derivations, its layout and its redraw come after them rather than before.
   */
  readonly shownBaseline: Network;
  readonly shown: Network;
  /** The network shown marked against `shownBaseline`, with ghosts of what it lacks; null when they are one, or on the timeline. */
  readonly overlay: Overlay | null;
  /** The network drawn: the overlay's network (ghosts included), or the network shown. */
  readonly drawn: Network;
  /** Of the network shown. */
  readonly index: GraphIndex;
  readonly layoutInput: LayoutInput;
  /** Actor id to its place in the drawn network (and in the layout's positions). */
  readonly drawnIndexOf: ReadonlyMap<string, number>;
  /** Every drawn actor by id, ghosts included, so a removed actor can still be shown. */
  readonly actorById: ReadonlyMap<string, Actor>;
  readonly tiesOf: ReadonlyMap<string, Tie[]>;
  /** Distinct actors each actor is tied to, keyed by id. */
  readonly degree: ReadonlyMap<string, number>;

  constructor({ scenarios, view, presenter, numbers }: NetworkSource) {
    const inYear = (network: Network) => (view.year === null ? network : networkInYear(network, view.year));
    const staged = () => (presenter?.network && presenter.previous ? { network: presenter.network, previous: presenter.previous } : null);
    this.baseline = $derived(staged()?.previous ?? inYear(scenarios.reference));
    this.network = $derived(staged()?.network ?? (scenarios.network === scenarios.reference ? this.baseline : inYear(scenarios.network)));
    this.shownBaseline = $derived(numbers?.readyFor?.baseline ?? this.baseline);
    this.shown = $derived(numbers?.readyFor?.current ?? this.network);
    // On the timeline the years speak for themselves: no ghosts of a comparison (a story's steps have them).
    this.overlay = $derived(this.shown === this.shownBaseline || (view.year !== null && !staged()) ? null : overlayScenario(this.shownBaseline, this.shown));
    this.drawn = $derived(this.overlay?.network ?? this.shown);
    this.index = $derived(buildGraphIndex(this.shown));
    this.layoutInput = $derived(layoutInputOf(this.drawn));
    this.drawnIndexOf = $derived(new Map(this.layoutInput.ids.map((id, i) => [id, i])));
    this.actorById = $derived(new Map(this.drawn.actors.map((a) => [a.id, a])));
    this.tiesOf = $derived(tiesByActor(this.shown));
    this.degree = $derived(new Map(this.index.ids.map((id, i) => [id, degreeOf(this.index, i)])));
  }

  actor(id: string | null): Actor | undefined {
    return id === null ? undefined : this.actorById.get(id);
  }

  /** Hop counts from `id` to each drawn actor, in drawing order (-1 beyond k, and for ghosts). */
  stepsFrom(id: string, k: number): Int8Array {
    const steps = stepsFrom(this.index, this.index.indexOf.get(id) ?? -1, k);
    if (this.drawn === this.shown) return steps;
    return Int8Array.from(this.layoutInput.ids, (other) => steps[this.index.indexOf.get(other) ?? -1] ?? -1);
  }
}
