// What the user is looking at: map or list, the selection, the hover, the step horizon and the filters.

import type { ActorKind, Country } from '../core/model/types';

export type ViewMode = 'map' | 'list' | 'compare';

export const SIZE_METRICS = ['degree', 'betweenness', 'reach', 'constraint'] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];

export class ViewState {
  mode = $state<ViewMode>('map');
  selectedId = $state<string | null>(null);
  hoveredId = $state<string | null>(null);
  sizeBy = $state<SizeMetric>('degree');
  /** METRICS.md's step horizon k, 1..4. */
  k = $state(2);
  hiddenKinds = $state.raw<ReadonlySet<ActorKind>>(new Set());
  hiddenCountries = $state.raw<ReadonlySet<Country>>(new Set());
  /** The suggestions panel is open in the sidebar. */
  suggesting = $state(false);
  /** The stories panel is open in the sidebar. */
  storyPanel = $state(false);
  /** The timeline's year, or null when the timeline is off and the network is shown whole. */
  year = $state<number | null>(null);
  /** A request for the map to bring an actor into view; a new object each time, so a repeat still moves. */
  zoomRequest = $state.raw<{ id: string } | null>(null);

  select(id: string | null): void {
    this.selectedId = id;
  }

  /** Selects an actor and asks the map to bring it into view. */
  show(id: string): void {
    this.selectedId = id;
    this.zoomRequest = { id };
  }

  toggleKind(kind: ActorKind): void {
    this.hiddenKinds = toggled(this.hiddenKinds, kind);
  }

  toggleCountry(country: Country): void {
    this.hiddenCountries = toggled(this.hiddenCountries, country);
  }

  isShown(actor: { kind: ActorKind; country: Country }): boolean {
    return !this.hiddenKinds.has(actor.kind) && !this.hiddenCountries.has(actor.country);
  }
}

function toggled<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}
