// Brandes' betweenness accumulation for 32 sources at a time, sharing one bit-parallel BFS.

import type { GraphIndex } from '../graph/graph-index';

/** Sources per batch: one bit of a Uint32 mask each. */
export const BATCH = 32;

/** Scratch arrays for accumulateBatch, allocated once per index. */
export interface BrandesSpace {
  /** sigma[v * BATCH + b]: shortest paths from source b to v. */
  sigma: Float64Array;
  /** acc[v * BATCH + b]: first the sum over successors, then (1 + delta) / sigma. */
  acc: Float64Array;
  seen: Uint32Array;
  next: Uint32Array;
  /** Masks of the level below the one being swept back (0 elsewhere). */
  below: Uint32Array;
  /** Frontier entries (actor, mask of sources at that distance), grouped by level. */
  entryV: Int32Array;
  entryM: Uint32Array;
  levelStart: Int32Array;
}

/** Allocates accumulateBatch's scratch for n actors: about 600 bytes per actor. */
export function createBrandesSpace(n: number): BrandesSpace {
  return {
    sigma: new Float64Array(n * BATCH),
    acc: new Float64Array(n * BATCH),
    seen: new Uint32Array(n),
    next: new Uint32Array(n),
    below: new Uint32Array(n),
    entryV: new Int32Array(n * BATCH + n),
    entryM: new Uint32Array(n * BATCH + n),
    levelStart: new Int32Array(n + 2),
  };
}

/**
 * Adds the dependencies delta_s(v) of up to 32 sources (bit b is sources[b]) to `into` (Brandes 2001, "A faster
 * algorithm for betweenness centrality", J. Math. Sociol. 25(2), unweighted case).
 * The BFS of all sources in the batch runs as one level-synchronous multi-source BFS with a
 * bit per source (Then et al. 2014, "The More the Merrier: Efficient Multi-Source Graph
 * Traversal", PVLDB 8(4)): an actor's neighbour list is read once per level at which some
 * source reaches it, not once per source, and the branches that mispredict in a one-source
 * BFS become mask tests. Path counts sigma are doubles (they overflow 32 bits on lattices).
 * The sweep back runs level by level in the "pull" form of Brandes' recurrence:
 * delta(v) = sigma(v) * sum over successors w of (1 + delta(w)) / sigma(w).
 */
export function accumulateBatch(
  index: GraphIndex,
  space: BrandesSpace,
  sources: ArrayLike<number>,
  into: Float64Array,
): void {
  if (sources.length > BATCH) throw new RangeError(`accumulateBatch takes at most ${BATCH} sources`);
  const { starts, neighbours } = index;
  const { sigma, acc, seen, next, below, entryV, entryM, levelStart } = space;
  sigma.fill(0);
  acc.fill(0);
  seen.fill(0);
  let entries = 0;
  for (let b = 0; b < sources.length; b++) {
    const s = sources[b]!;
    sigma[s * BATCH + b] = 1;
    if (seen[s] === 0) entryV[entries++] = s;
    seen[s]! |= 1 << b;
  }
  for (let e = 0; e < entries; e++) entryM[e] = seen[entryV[e]!]!;
  levelStart[0] = 0;
  levelStart[1] = entries;
  let depth = 0;
  for (;;) {
    const first = entries;
    for (let e = levelStart[depth]!, stop = levelStart[depth + 1]!; e < stop; e++) {
      const v = entryV[e]!;
      const frontier = entryM[e]!;
      const vb = v * BATCH;
      for (let j = starts[v]!, end = starts[v + 1]!; j < end; j++) {
        const w = neighbours[j]!;
        let bits = frontier & ~seen[w]!;
        if (bits === 0) continue;
        if (next[w] === 0) entryV[entries++] = w;
        next[w]! |= bits;
        const wb = w * BATCH;
        do {
          const b = 31 - Math.clz32(bits & -bits);
          sigma[wb + b]! += sigma[vb + b]!;
          bits &= bits - 1;
        } while (bits !== 0);
      }
    }
    if (entries === first) break;
    for (let e = first; e < entries; e++) {
      const w = entryV[e]!;
      entryM[e] = next[w]!;
      seen[w]! |= next[w]!;
      next[w] = 0;
    }
    depth++;
    levelStart[depth + 1] = entries;
  }
  // Level `depth` is the deepest; sweep back to level 1 (level 0 holds the sources themselves).
  for (let d = depth; d >= 1; d--) {
    const lowerFrom = levelStart[d + 1]!;
    const lowerTo = d < depth ? levelStart[d + 2]! : lowerFrom;
    for (let e = lowerFrom; e < lowerTo; e++) below[entryV[e]!] = entryM[e]!;
    for (let e = levelStart[d]!, stop = levelStart[d + 1]!; e < stop; e++) {
      const v = entryV[e]!;
      const mask = entryM[e]!;
      const vb = v * BATCH;
      for (let j = starts[v]!, end = starts[v + 1]!; j < end; j++) {
        const w = neighbours[j]!;
        let bits = mask & below[w]!;
        if (bits === 0) continue;
        const wb = w * BATCH;
        do {
          const b = 31 - Math.clz32(bits & -bits);
          acc[vb + b]! += acc[wb + b]!;
          bits &= bits - 1;
        } while (bits !== 0);
      }
      let bits = mask;
      let total = 0;
      do {
        const b = 31 - Math.clz32(bits & -bits);
        const paths = sigma[vb + b]!;
        const delta = paths * acc[vb + b]!;
        total += delta;
        acc[vb + b] = (1 + delta) / paths;
        bits &= bits - 1;
      } while (bits !== 0);
      into[v]! += total;
    }
    for (let e = lowerFrom; e < lowerTo; e++) below[entryV[e]!] = 0;
  }
}
