// Burt's constraint: how much an actor's contacts are tied to each other (lower = more brokerage).

import type { GraphIndex } from '../graph/graph-index';

/**
 * Burt's constraint c_i = sum over contacts j of (p_ij + sum_q p_iq p_qj)^2 (Burt 1992,
 * "Structural Holes", ch. 2), unweighted and undirected: p_ij = 1 / deg(i) for a tie,
 * so the indirect term over shared contacts q is sum_q 1 / (deg(i) deg(q)). Matches
 * networkx's `constraint(G)` on unweighted graphs without self loops. Aligned with
 * index.ids; NaN ("n/a") for isolated actors, as networkx gives.
 */
export function constraint(index: GraphIndex): Float64Array {
  const { n, starts, neighbours } = index;
  const result = new Float64Array(n).fill(NaN);
  // mark[q] === i + 1 while q is a contact of i: no clearing between actors.
  const mark = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const begin = starts[i]!;
    const end = starts[i + 1]!;
    const degree = end - begin;
    if (degree === 0) continue;
    for (let j = begin; j < end; j++) mark[neighbours[j]!] = i + 1;
    let total = 0;
    for (let j = begin; j < end; j++) {
      const contact = neighbours[j]!;
      let indirect = 0;
      for (let t = starts[contact]!, stop = starts[contact + 1]!; t < stop; t++) {
        const q = neighbours[t]!;
        if (mark[q] === i + 1) indirect += 1 / (starts[q + 1]! - starts[q]!);
      }
      const p = (1 + indirect) / degree;
      total += p * p;
    }
    result[i] = total;
  }
  return result;
}
