// What the suggestion search precomputes once per graph version: who reaches which decision-makers, as bitsets.

import type { GraphIndex } from '../graph/graph-index';
import { bfsWithin, createBfs } from './bfs';
import { partnerMarks } from './overlap';

/**
 * The graph seen from the decision-makers, so a candidate addition is scored without a new
 * index or a new BFS. Sets of decision-makers are bitsets of `words` 32-bit words (one spare bit,
 * `nD`, stands for a new decision-maker broker). Adding a tie (u, v) changes r_k(c) only for
 * civil-society c with dist(c, u) <= k - 1 or dist(c, v) <= k - 1, and then only by the
 * decision-makers within k - 1 - dist(c, u) of v (or the other way round) that c did not reach:
 * a shortest path uses a new edge at most once. Hence the three tables below.
 */
export interface Landscape {
  index: GraphIndex;
  k: number;
  nD: number;
  words: number;
  /** D within r steps of x as a bitset, for r = 0..k-1, at ((x * k) + r) * words. */
  balls: Uint32Array;
  /** For each civil-society c, the D it reaches within k steps (R_c), at c * words. */
  reached: Uint32Array;
  /** Civil-society actors within k - 1 steps of x (x itself first if in C), nearest first:
   * nearC[nearStarts[x] .. nearStarts[x + 1]) with their distances in nearDist. */
  nearStarts: Uint32Array;
  nearC: Uint32Array;
  nearDist: Uint8Array;
  /** |C|, the sum of all counts |R_c|, and per community code the sum of counts and |C_g|. */
  nC: number;
  total: number;
  groupSum: Float64Array;
  groupSize: Uint32Array;
  /** Overlap bookkeeping (overlap.ts): partners, hits per actor saturated at 2, and the two tallies. */
  isPartner: Uint8Array;
  hits: Uint8Array;
  contacts: number;
  shared: number;
}

/** Number of set bits in a 32-bit word (the SWAR popcount). */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Offset of B(x, r) in `balls`. */
export function ballAt(land: Landscape, x: number, r: number): number {
  return (x * land.k + r) * land.words;
}

export function buildLandscape(index: GraphIndex, k: number): Landscape {
  const { n, starts, neighbours, isDecisionMaker: isD, isCivilSociety: isC } = index;
  const dBit = new Int32Array(n).fill(-1);
  let nD = 0;
  for (let v = 0; v < n; v++) if (isD[v]) dBit[v] = nD++;
  const words = Math.ceil((nD + 1) / 32);
  const balls = new Uint32Array(n * k * words);
  const nearStarts = new Uint32Array(n + 1);
  const near: number[] = [];
  const nearDist: number[] = [];
  const bfs = createBfs(n, k);
  for (let x = 0; x < n; x++) {
    const visited = bfsWithin(index, bfs, x, k - 1);
    let depth = 0;
    for (let q = 0; q < visited; q++) {
      while (q >= bfs.levelEnds[depth]!) depth++;
      const w = bfs.queue[q]!;
      if (isD[w]) balls[ballAt0(x, depth, k, words) + (dBit[w]! >>> 5)]! |= 1 << (dBit[w]! & 31);
      if (isC[w]) {
        near.push(w);
        nearDist.push(depth);
      }
    }
    nearStarts[x + 1] = near.length;
    for (let r = 1; r < k; r++) {
      const from = ballAt0(x, r - 1, k, words);
      const to = from + words;
      for (let i = 0; i < words; i++) balls[to + i]! |= balls[from + i]!;
    }
  }
  const reached = new Uint32Array(n * words);
  const groupSum = new Float64Array(index.communities.length + 1);
  const groupSize = new Uint32Array(index.communities.length + 1);
  let nC = 0;
  let total = 0;
  for (let c = 0; c < n; c++) {
    if (!isC[c]) continue;
    let count = 0;
    for (let i = 0; i < words; i++) {
      let word = 0;
      for (let j = starts[c]!; j < starts[c + 1]!; j++) word |= balls[ballAt0(neighbours[j]!, k - 1, k, words) + i]!;
      reached[c * words + i] = word;
      count += popcount(word);
    }
    nC++;
    total += count;
    groupSum[index.community[c]!]! += count;
    groupSize[index.community[c]!]!++;
  }
  return {
    index, k, nD, words, balls, reached, nearStarts,
    nearC: Uint32Array.from(near), nearDist: Uint8Array.from(nearDist),
    nC, total, groupSum, groupSize, ...overlapTallies(index),
  };
}

function ballAt0(x: number, r: number, k: number, words: number): number {
  return (x * k + r) * words;
}

/** The tallies behind overlap() (overlap.ts): hits per actor from the partners, saturated at 2. */
function overlapTallies(index: GraphIndex): Pick<Landscape, 'isPartner' | 'hits' | 'contacts' | 'shared'> {
  const { starts, neighbours, facilitator: f } = index;
  const isPartner = partnerMarks(index);
  const hits = new Uint8Array(index.n);
  let contacts = 0;
  let shared = 0;
  if (f >= 0) {
    for (let j = starts[f]!; j < starts[f + 1]!; j++) {
      const p = neighbours[j]!;
      for (let i = starts[p]!; i < starts[p + 1]!; i++) {
        const v = neighbours[i]!;
        if (v === f || isPartner[v] || hits[v]! >= 2) continue;
        if (++hits[v]! === 1) contacts++;
        else shared++;
      }
    }
  }
  return { isPartner, hits, contacts, shared };
}
