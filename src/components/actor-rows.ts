// Rows of the list view and how to sort them.

import type { Analysis } from '../core/metrics/analysis';
import type { Actor } from '../core/model/types';
import { i18n } from '../i18n/i18n.svelte';
import { countryShortName, kindName } from '../i18n/vocabulary';

export interface ActorRow {
  id: string;
  name: string;
  short: string;
  kind: string;
  country: string;
  degree: number;
  /** r_k of the actor; NaN where it does not apply or before the metrics arrive. */
  reach: number;
  betweenness: number;
  actor: Actor;
}

export type SortKey = 'name' | 'short' | 'kind' | 'country' | 'degree' | 'reach' | 'betweenness';

export function actorRows(actors: readonly Actor[], degree: ReadonlyMap<string, number>,
  analysis: Analysis | null = null, position: ReadonlyMap<string, number> = new Map()): ActorRow[] {
  const metric = (values: Float64Array | undefined, id: string) => values?.[position.get(id) ?? -1] ?? NaN;
  return actors.map((actor) => ({
    id: actor.id,
    name: actor.name,
    short: actor.short ?? '',
    kind: kindName(actor.kind),
    country: countryShortName(actor.country),
    degree: degree.get(actor.id) ?? 0,
    reach: metric(analysis?.actors.reach, actor.id),
    betweenness: metric(analysis?.actors.betweenness, actor.id),
    actor,
  }));
}

export function sortRows(rows: readonly ActorRow[], key: SortKey, ascending: boolean): ActorRow[] {
  const sign = ascending ? 1 : -1;
  const { compare } = new Intl.Collator(i18n.tag);
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    const order = typeof x === 'number' && typeof y === 'number'
      ? numeric(x) - numeric(y)
      : compare(String(x), String(y));
    return sign * order || compare(a.name, b.name);
  });
}

/** n/a sorts below every number, whichever way the column is sorted. */
function numeric(value: number): number {
  return Number.isNaN(value) ? -Infinity : value;
}
