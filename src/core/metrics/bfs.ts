// A reusable breadth-first search bounded at k steps, for the hop-count metrics.

import type { GraphIndex } from '../graph/graph-index';

/**
 * Scratch space for bounded BFS, allocated once per index and reused for every source:
 * one Int32Array queue and a generation-stamped visited array, so starting a new search
 * costs O(1) instead of clearing n entries (and no Set is allocated per search).
 */
export interface Bfs {
  /** Visited actors in BFS order; queue[0] is the source. */
  queue: Int32Array;
  /** Actors at depth d are queue[levelEnds[d-1] .. levelEnds[d]) (levelEnds[-1] reads as 0). */
  levelEnds: Int32Array;
  /** seen[v] === stamp means v was visited by the current search. */
  seen: Uint32Array;
  stamp: number;
}

const NONE = new Int32Array(0);

/**
 * Scratch for searches up to `maxK` steps on n actors. Callers that only count
 * (decisionMakersWithin at k <= 2) pass `queue = false` and skip two allocations, which at
 * n = 150 are a visible share of a whole Reach computation; the shared empty arrays are
 * never written, only replaced when a search needs room (see bfsWithin).
 */
export function createBfs(n: number, maxK = 4, queue = true): Bfs {
  return {
    queue: queue ? new Int32Array(Math.max(n, 1)) : NONE,
    levelEnds: queue ? new Int32Array(maxK + 1) : NONE,
    seen: new Uint32Array(n),
    stamp: 0,
  };
}

/**
 * Visits every actor within `k` hops of `source` (source included, at depth 0), never
 * entering `blocked` (-1: none). Returns how many actors were visited; read them from
 * bfs.queue and their depths from bfs.levelEnds. `blocked` lets callers ask about
 * "G - a" without rebuilding the index.
 */
export function bfsWithin(
  index: GraphIndex,
  bfs: Bfs,
  source: number,
  k: number,
  blocked = -1,
): number {
  const { starts, neighbours } = index;
  if (bfs.levelEnds.length <= k) bfs.levelEnds = new Int32Array(k + 1);
  if (bfs.queue.length < index.n) bfs.queue = new Int32Array(index.n);
  const { queue, seen, levelEnds } = bfs;
  if (bfs.stamp === 0xffffffff) {
    seen.fill(0);
    bfs.stamp = 0;
  }
  const stamp = ++bfs.stamp;
  if (blocked >= 0) seen[blocked] = stamp;
  seen[source] = stamp;
  queue[0] = source;
  let head = 0;
  let tail = 1;
  levelEnds[0] = 1;
  for (let depth = 1; depth <= k; depth++) {
    const end = tail;
    for (; head < end; head++) {
      const v = queue[head]!;
      for (let j = starts[v]!, stop = starts[v + 1]!; j < stop; j++) {
        const w = neighbours[j]!;
        if (seen[w] !== stamp) {
          seen[w] = stamp;
          queue[tail++] = w;
        }
      }
    }
    levelEnds[depth] = tail;
    if (tail === end) {
      for (let d = depth + 1; d <= k; d++) levelEnds[d] = tail;
      break;
    }
  }
  return tail;
}
