// Betweenness centrality (Brandes 2001): exact, or estimated from a seeded sample of sources.

import type { GraphIndex } from '../graph/graph-index';
import { BATCH, accumulateBatch, createBrandesSpace, type BrandesSpace } from './brandes';
import { seededPermutation } from './random';
import { localOrder } from './source-order';

export interface BetweennessOptions {
  /** Sources to use; default all n (exact). Fewer gives an unbiased estimate. */
  samples?: number;
  /** Seed of the source order when sampling; default 1. */
  seed?: number;
  /** Divide by (n-1)(n-2)/2, the number of pairs of other actors; default true. */
  normalised?: boolean;
}

export interface BetweennessProgress {
  /** Sources processed so far. */
  sources: number;
  /** n: the number of sources an exact answer needs. */
  total: number;
  /** The estimate after `sources` sources (a fresh array each time; exact when sources = n). */
  values: Float64Array;
  exact: boolean;
}

/**
 * Scales raw dependency sums into betweenness. Brandes sums each unordered pair twice in an
 * undirected graph, so normalising divides by 2 * (n-1)(n-2)/2, exactly as networkx's
 * betweenness_centrality(normalized=True) and graphology-metrics do. With a sample of
 * sources, v's sum covers only the sampled sources other than v (k_v of them), so it is
 * scaled by (n-1) / k_v (networkx >= 3.5's estimator): at k_v = n - 1 this is exact, and
 * k_v = 0 gives NaN ("n/a": no information about v yet).
 */
function scaled(raw: Float64Array, sampled: Uint8Array, count: number, normalised: boolean): Float64Array {
  const n = raw.length;
  const values = new Float64Array(n);
  if (n <= 2) return values;
  const pairs = normalised ? (n - 1) * (n - 2) : 2;
  for (let v = 0; v < n; v++) {
    const others = count - sampled[v]!;
    values[v] = others === 0 ? NaN : (raw[v]! * (n - 1)) / (others * pairs);
  }
  return values;
}

/** Feeds order[from .. to) to the batch kernel, 32 sources at a time. */
function accumulate(
  index: GraphIndex,
  space: BrandesSpace,
  order: Uint32Array,
  from: number,
  to: number,
  raw: Float64Array,
  sampled: Uint8Array,
): void {
  for (let i = from; i < to; i += BATCH) {
    const batch = order.subarray(i, Math.min(to, i + BATCH));
    accumulateBatch(index, space, batch, raw);
    for (const s of batch) sampled[s] = 1;
  }
}

/**
 * Betweenness with progress, for refining an estimate into the exact answer: sources are
 * taken in a seeded random order (seededPermutation) and after every `batch` of them the
 * current estimate is yielded; the last yield, after all n sources, is exact (up to
 * rounding). A caller can stop early (return from the loop) or post each estimate to the UI.
 * Brandes 2001. Option defaults: seed 1, batch 128 sources, normalised true.
 */
export function* betweennessProgressive(
  index: GraphIndex,
  options: { seed?: number; batch?: number; normalised?: boolean } = {},
): Generator<BetweennessProgress, void, void> {
  const n = index.n;
  const order = seededPermutation(n, options.seed ?? 1);
  const step = Math.max(1, Math.floor(options.batch ?? 128));
  const normalised = options.normalised ?? true;
  const space = createBrandesSpace(n);
  const raw = new Float64Array(n);
  const sampled = new Uint8Array(n);
  for (let done = 0; done < n; ) {
    const stop = Math.min(n, done + step);
    accumulate(index, space, order, done, stop, raw, sampled);
    done = stop;
    yield { sources: done, total: n, values: scaled(raw, sampled, done, normalised), exact: done === n };
  }
}

/**
 * Betweenness centrality of every actor, aligned with index.ids (Brandes 2001, "A faster
 * algorithm for betweenness centrality"). Exact by default, over all sources; with
 * `samples` < n, estimated from the first `samples` sources of a seeded permutation (the
 * same prefix betweennessProgressive uses). Option defaults: all sources, seed 1,
 * normalised by (n-1)(n-2)/2.
 */
export function betweenness(index: GraphIndex, options: BetweennessOptions = {}): Float64Array {
  const n = index.n;
  const samples = Math.min(n, Math.max(1, Math.floor(options.samples ?? n)));
  const order = samples < n ? seededPermutation(n, options.seed ?? 1) : localOrder(index);
  const raw = new Float64Array(n);
  const sampled = new Uint8Array(n);
  accumulate(index, createBrandesSpace(n), order, 0, samples, raw, sampled);
  return scaled(raw, sampled, samples, options.normalised ?? true);
}
