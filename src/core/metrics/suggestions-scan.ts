// Walks the candidate pairs of actors, the ones that could raise Inclusion first, feeding a TopList.

import type { Landscape } from './suggestions-landscape';
import { inclusionOf, type TopList } from './suggestions-score';

/** Counts work done in rows of candidates; a search is n rows, whatever it prunes. */
export interface Tally {
  advance(rows: number): void;
}

export interface ScanOptions {
  /** Let the facilitator be one end of a candidate (default in suggest: no). */
  includeFacilitator: boolean;
  /** Skip pairs already tied (new ties); a broker may join a tied pair. */
  skipTied: boolean;
  /**
   * Candidates raise Inclusion only if they change r_k for a member of every least-included
   * community, i.e. one end lies within `radius` of such a member (-1: nobody is reachable,
   * null: do not prune, as when a new decision-maker changes every community's R_k(g)).
   */
  radius: number | null;
  /** A community the candidate itself joins (a civil-society broker): it may rise without nearby members. */
  ownGroup?: number;
}

/**
 * Marks the actors within `radius` of a member of one least-included community (the one with
 * the fewest such actors). A pair with neither end marked leaves that community's R_k(g) as it
 * is, so it cannot raise Inclusion: once the TopList is full of candidates that do, the rest
 * of the pairs need not be looked at. Null when no such community limits the search.
 */
export function focusOf(land: Landscape, options: ScanOptions, least: number): Uint8Array | null {
  const { radius } = options;
  const { index, groupSum, groupSize, nD, nearStarts, nearC, nearDist } = land;
  if (radius === null || Number.isNaN(least)) return null;
  let best: Uint8Array | null = null;
  let bestCount = Infinity;
  for (let g = 0; g < groupSize.length; g++) {
    if (g === options.ownGroup || groupSize[g] === 0 || groupSum[g]! / (groupSize[g]! * nD) !== least) continue;
    const marks = new Uint8Array(index.n);
    let count = 0;
    for (let x = 0; x < index.n; x++) {
      for (let j = nearStarts[x]!; j < nearStarts[x + 1]! && nearDist[j]! <= radius; j++) {
        if (index.community[nearC[j]!] !== g) continue;
        marks[x] = 1;
        count++;
        break;
      }
    }
    if (count < bestCount) [best, bestCount] = [marks, count];
  }
  return best;
}

/**
 * Offers every candidate pair (u < v by index, key u * n + v) to `visit`: first the pairs
 * with an end in the focus, then, unless `top` is already full of Inclusion rises, the rest.
 * Yields after every row so the caller can report progress and stop.
 */
export function* scanPairs<T>(
  land: Landscape,
  options: ScanOptions,
  top: TopList<T>,
  visit: (u: number, v: number, key: number) => void,
  tally: Tally,
): Generator<void, void, void> {
  const { n, facilitator: f, starts, neighbours } = land.index;
  const least = inclusionOf(land.groupSum, land.groupSize, null, land.nD);
  const focus = focusOf(land, options, least);
  const tied = new Uint32Array(n);
  const row = (u: number, from: number, skip: (v: number) => boolean) => {
    if (u === f && !options.includeFacilitator) return;
    if (options.skipTied) for (let j = starts[u]!; j < starts[u + 1]!; j++) tied[neighbours[j]!] = u + 1;
    for (let v = from; v < n; v++) {
      if (v === u || (v === f && !options.includeFacilitator) || tied[v] === u + 1 || skip(v)) continue;
      visit(Math.min(u, v), Math.max(u, v), Math.min(u, v) * n + Math.max(u, v));
    }
  };
  let rows = 0;
  if (focus !== null) {
    for (let u = 0; u < n; u++) {
      if (!focus[u]) continue;
      row(u, 0, (v) => focus[v] === 1 && v < u);
      rows++;
      tally.advance(1);
      yield;
    }
    if (top.fullOfRises()) {
      tally.advance(n - rows);
      return;
    }
  }
  for (let u = 0; u < n; u++) {
    if (focus?.[u]) continue;
    row(u, u + 1, (v) => focus !== null && focus[v] === 1);
    tally.advance(1);
    yield;
  }
}

/** Offers the pairs (x, v) for every other actor v: the extra tie of a broker already placed. */
export function scanRow(land: Landscape, x: number, options: ScanOptions, visit: (u: number, v: number, key: number) => void): void {
  const { n, facilitator: f, starts, neighbours } = land.index;
  const tied = new Uint8Array(n);
  for (let j = starts[x]!; j < starts[x + 1]!; j++) tied[neighbours[j]!] = 1;
  for (let v = 0; v < n; v++) {
    if (v === x || tied[v] || (v === f && !options.includeFacilitator)) continue;
    visit(Math.min(x, v), Math.max(x, v), Math.min(x, v) * n + Math.max(x, v));
  }
}
