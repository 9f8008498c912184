// What changed between two networks (by id), and between two analyses (per actor).

import type { Analysis } from '../metrics/analysis';
import type { Actor, Network, Tie } from '../model/types';

/** Ids that differ between network a and network b. */
export interface NetworkDiff {
  /** Actors in b whose id is not in a (b's order). */
  addedActors: string[];
  /** Actors in a whose id is not in b (a's order). */
  removedActors: string[];
  /** Actors in both whose attributes differ (b's order). */
  changedActors: string[];
  /** Ties in b whose id is not in a, or whose content differs from a's tie of that id. */
  addedTies: string[];
  /** Ties in a whose id is not in b, or whose content differs from b's tie of that id. */
  removedTies: string[];
}

/**
 * The actors and ties new in b, removed in b, and the actors changed. A tie has no "changed":
 * one whose ends or kind differ under the same id is a different tie, so it counts as removed
 * and added (the map draws the old one gone and the new one dashed).
 */
export function diffNetworks(a: Network, b: Network): NetworkDiff {
  const actorsA = byId(a.actors);
  const actorsB = byId(b.actors);
  const tiesA = byId(a.ties);
  const tiesB = byId(b.ties);
  const diff: NetworkDiff = { addedActors: [], removedActors: [], changedActors: [], addedTies: [], removedTies: [] };
  for (const [id, actor] of actorsB) {
    const before = actorsA.get(id);
    if (before === undefined) diff.addedActors.push(id);
    else if (!sameData(before, actor)) diff.changedActors.push(id);
  }
  for (const id of actorsA.keys()) if (!actorsB.has(id)) diff.removedActors.push(id);
  for (const [id, tie] of tiesB) {
    const before = tiesA.get(id);
    if (before === undefined || !sameData(before, tie)) diff.addedTies.push(id);
  }
  for (const [id, tie] of tiesA) {
    const after = tiesB.get(id);
    if (after === undefined || !sameData(tie, after)) diff.removedTies.push(id);
  }
  return diff;
}

function byId<T extends Actor | Tie>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

/** Structural equality of JSON-like data; a missing field and an undefined one are the same. */
export function sameData(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const xs = x as Record<string, unknown>;
  const ys = y as Record<string, unknown>;
  const keys = new Set([...Object.keys(xs), ...Object.keys(ys)]);
  for (const key of keys) if (!sameData(xs[key], ys[key])) return false;
  return true;
}

/** One actor's value before and after, and the difference. */
export interface ActorDelta {
  id: string;
  before: number;
  after: number;
  delta: number;
}

/** Actors whose value grew (largest rise first) and shrank (largest fall first). */
export interface DeltaLists {
  grew: ActorDelta[];
  shrank: ActorDelta[];
}

export interface AnalysisDiff {
  /** r_k(c), for civil-society actors present in both analyses. */
  reach: DeltaLists;
  /** Normalised betweenness, for actors present in both analyses. */
  betweenness: DeltaLists;
}

/** Differences smaller than this are rounding, not change (betweenness sums many fractions). */
export const DELTA_EPSILON = 1e-9;

/**
 * Per actor id, the change in reach and in betweenness from analysis a to analysis b. Only
 * actors present in both with a value on both sides (not "n/a") are compared: an added actor
 * has no "before", and the UI shows its value directly. Ties in size are ordered by id.
 */
export function diffAnalyses(a: Analysis, b: Analysis): AnalysisDiff {
  const inB = positionsIn(a.ids, b.ids);
  return {
    reach: deltas(a.ids, a.actors.reach, inB, b.actors.reach),
    betweenness: deltas(a.ids, a.actors.betweenness, inB, b.actors.betweenness),
  };
}

/** For each id of `a`, its position in `b` (-1: absent). An edit that adds a tie leaves the ids as they were: no Map then. */
function positionsIn(a: readonly string[], b: readonly string[]): Int32Array {
  if (a.length === b.length && a.every((id, i) => id === b[i])) return Int32Array.from(a, (_, i) => i);
  const indexB = new Map(b.map((id, i) => [id, i]));
  return Int32Array.from(a, (id) => indexB.get(id) ?? -1);
}

function deltas(idsA: readonly string[], valuesA: Float64Array, inB: Int32Array, valuesB: Float64Array): DeltaLists {
  const grew: ActorDelta[] = [];
  const shrank: ActorDelta[] = [];
  idsA.forEach((id, i) => {
    const j = inB[i]!;
    if (j < 0) return;
    const before = valuesA[i]!;
    const after = valuesB[j]!;
    if (!Number.isFinite(before) || !Number.isFinite(after)) return;
    const delta = after - before;
    if (delta > DELTA_EPSILON) grew.push({ id, before, after, delta });
    else if (delta < -DELTA_EPSILON) shrank.push({ id, before, after, delta });
  });
  const byId = (x: ActorDelta, y: ActorDelta) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  grew.sort((x, y) => y.delta - x.delta || byId(x, y));
  shrank.sort((x, y) => x.delta - y.delta || byId(x, y));
  return { grew, shrank };
}
