// Rows of the list view and how to sort them.

import type { Actor } from '../core/model/types';
import { KIND_STYLES } from './canvas/palette';

export interface ActorRow {
  id: string;
  name: string;
  short: string;
  kind: string;
  country: string;
  degree: number;
  actor: Actor;
}

export type SortKey = 'name' | 'short' | 'kind' | 'country' | 'degree';

export function actorRows(actors: readonly Actor[], degree: ReadonlyMap<string, number>): ActorRow[] {
  return actors.map((actor) => ({
    id: actor.id,
    name: actor.name,
    short: actor.short ?? '',
    kind: KIND_STYLES[actor.kind].label,
    country: actor.country,
    degree: degree.get(actor.id) ?? 0,
    actor,
  }));
}

export function sortRows(rows: readonly ActorRow[], key: SortKey, ascending: boolean): ActorRow[] {
  const sign = ascending ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return sign * order || a.name.localeCompare(b.name);
  });
}
