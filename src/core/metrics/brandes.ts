// The single-source step of Brandes' betweenness algorithm on the CSR index.

import type { GraphIndex } from '../graph/graph-index';

/** Per-source scratch arrays, allocated once and left clean after every call. */
export interface BrandesSpace {
  dist: Int32Array;
  sigma: Float64Array;
  delta: Float64Array;
  order: Int32Array;
}

export function createBrandesSpace(n: number): BrandesSpace {
  return {
    dist: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    order: new Int32Array(n),
  };
}

/**
 * Adds source s's dependencies delta_s(v) to `into` (Brandes 2001, "A faster algorithm for
 * betweenness centrality", J. Math. Sociol. 25(2), Algorithm 1, unweighted case): a BFS
 * counting shortest paths sigma, then a sweep in reverse BFS order accumulating
 * delta(v) += sigma(v) / sigma(w) * (1 + delta(w)) over predecessors v of w.
 * Predecessors are not stored: in an unweighted graph v precedes w exactly when
 * dist(v) = dist(w) - 1, so the sweep re-reads the CSR row instead of growing lists.
 * Path counts are doubles: they overflow 32 bits on lattice-like graphs.
 */
export function accumulateSource(
  index: GraphIndex,
  space: BrandesSpace,
  s: number,
  into: Float64Array,
): void {
  const { starts, neighbours } = index;
  const { dist, sigma, delta, order } = space;
  dist[s] = 0;
  sigma[s] = 1;
  order[0] = s;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = order[head++]!;
    const next = dist[v]! + 1;
    const sv = sigma[v]!;
    for (let j = starts[v]!, stop = starts[v + 1]!; j < stop; j++) {
      const w = neighbours[j]!;
      const dw = dist[w]!;
      if (dw < 0) {
        dist[w] = next;
        sigma[w] = sv;
        order[tail++] = w;
      } else if (dw === next) {
        sigma[w]! += sv;
      }
    }
  }
  for (let i = tail - 1; i > 0; i--) {
    const w = order[i]!;
    const previous = dist[w]! - 1;
    const coefficient = (1 + delta[w]!) / sigma[w]!;
    for (let j = starts[w]!, stop = starts[w + 1]!; j < stop; j++) {
      const v = neighbours[j]!;
      if (dist[v] === previous) delta[v]! += sigma[v]! * coefficient;
    }
    into[w]! += delta[w]!;
  }
  for (let i = 0; i < tail; i++) {
    const v = order[i]!;
    dist[v] = -1;
    sigma[v] = 0;
    delta[v] = 0;
  }
}
