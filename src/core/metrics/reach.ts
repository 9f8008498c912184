// k-step reach of each civil-society actor to the decision-makers (METRICS.md r_k(c)).

import type { GraphIndex } from '../graph/graph-index';
import { createBfs, type Bfs } from './bfs';

/** The step horizon k: METRICS.md fixes the default at 2 and lets the user choose 1..4. */
export const DEFAULT_K = 2;

/** Returns k if it is a whole number of steps from 1 to 4; throws a RangeError otherwise. */
export function checkK(k: number): number {
  if (!Number.isInteger(k) || k < 1 || k > 4) {
    throw new RangeError(`k must be an integer from 1 to 4, got ${k}`);
  }
  return k;
}

/** |D|, leaving out `blocked` (-1: none). */
export function countDecisionMakers(index: Pick<GraphIndex, 'n' | 'isDecisionMaker'>, blocked = -1): number {
  let count = 0;
  for (let i = 0; i < index.n; i++) if (i !== blocked) count += index.isDecisionMaker[i]!;
  return count;
}

/**
 * How many decision-makers `source` reaches within k hops, never passing through `blocked`.
 * The hottest loop of the app (once per civil-society actor per edit), so it is bfsWithin
 * specialised: it counts while it visits, reads the first ring straight from the CSR row
 * instead of queueing it, and marks the last ring without queueing it; at the default
 * k = 2 nothing is queued at all.
 */
export function decisionMakersWithin(
  index: GraphIndex,
  bfs: Bfs,
  source: number,
  k: number,
  blocked = -1,
): number {
  const { starts, neighbours, isDecisionMaker: isD } = index;
  if (k > 2 && bfs.queue.length < index.n) bfs.queue = new Int32Array(index.n);
  const { queue, seen } = bfs;
  if (bfs.stamp === 0xffffffff) {
    seen.fill(0);
    bfs.stamp = 0;
  }
  const stamp = ++bfs.stamp;
  if (blocked >= 0) seen[blocked] = stamp;
  seen[source] = stamp;
  const first = starts[source]!;
  const firstEnd = starts[source + 1]!;
  let count = 0;
  for (let j = first; j < firstEnd; j++) {
    const w = neighbours[j]!;
    if (seen[w] === stamp) continue;
    seen[w] = stamp;
    count += isD[w]!;
  }
  if (k === 1) return count;
  let tail = 0;
  const queueRing2 = k > 2;
  for (let i = first; i < firstEnd; i++) {
    const v = neighbours[i]!;
    if (v === blocked) continue;
    for (let j = starts[v]!, stop = starts[v + 1]!; j < stop; j++) {
      const w = neighbours[j]!;
      if (seen[w] === stamp) continue;
      seen[w] = stamp;
      count += isD[w]!;
      if (queueRing2) queue[tail++] = w;
    }
  }
  let head = 0;
  for (let depth = 3; depth <= k && head < tail; depth++) {
    const end = tail;
    const last = depth === k;
    for (; head < end; head++) {
      const v = queue[head]!;
      for (let j = starts[v]!, stop = starts[v + 1]!; j < stop; j++) {
        const w = neighbours[j]!;
        if (seen[w] === stamp) continue;
        seen[w] = stamp;
        count += isD[w]!;
        if (!last) queue[tail++] = w;
      }
    }
  }
  return count;
}

/**
 * For every civil-society actor c, the number |{d in D : dist(c, d) <= k}| (the numerator of
 * r_k(c)); -1 for actors outside C and for `blocked`, which is treated as removed ("G - a").
 * One bounded BFS per civil-society actor, all sharing one workspace.
 */
export function reachCounts(index: GraphIndex, k: number, blocked = -1, bfs?: Bfs): Int32Array {
  const space = bfs ?? createBfs(index.n, k, k > 2);
  const counts = new Int32Array(index.n).fill(-1);
  for (let c = 0; c < index.n; c++) {
    if (index.isCivilSociety[c] && c !== blocked) {
      counts[c] = decisionMakersWithin(index, space, c, k, blocked);
    }
  }
  return counts;
}

/**
 * r_k(c) = |{d in D : dist(c, d) <= k}| / |D| for every civil-society actor (METRICS.md;
 * the k-step reach of Borgatti 2006, "Identifying sets of key players in a social network",
 * restricted to decision-makers). Aligned with index.ids; NaN ("n/a") for actors outside C,
 * and for everyone when D is empty. Option default: k = 2.
 */
export function reachPerActor(index: GraphIndex, options: { k?: number } = {}): Float64Array {
  const k = checkK(options.k ?? DEFAULT_K);
  return reachShares(reachCounts(index, k), countDecisionMakers(index));
}

/** r_k(c) from reachCounts' counts and |D|: NaN outside C (count -1), and for everyone when D is empty. */
export function reachShares(counts: Int32Array, nD: number): Float64Array {
  const reach = new Float64Array(counts.length).fill(NaN);
  if (nD === 0) return reach;
  for (let c = 0; c < counts.length; c++) if (counts[c]! >= 0) reach[c] = counts[c]! / nD;
  return reach;
}
