// Burt's effective size: the number of an actor's contacts, discounted for their redundancy.

import type { GraphIndex } from '../graph/graph-index';

/**
 * Effective size of every actor (Burt 1992, "Structural Holes"), in Borgatti's simplified
 * form for unweighted undirected graphs (Borgatti 1997, "Structural holes: unpacking Burt's
 * redundancy measures"): n - 2t/n, where n is the number of contacts and t the number of
 * ties among them. Matches networkx's `effective_size(G)` on unweighted graphs. Aligned
 * with index.ids; NaN ("n/a") for isolated actors, as networkx gives.
 */
export function effectiveSize(index: GraphIndex): Float64Array {
  const { n, starts, neighbours } = index;
  const result = new Float64Array(n).fill(NaN);
  const mark = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const begin = starts[i]!;
    const end = starts[i + 1]!;
    const degree = end - begin;
    if (degree === 0) continue;
    for (let j = begin; j < end; j++) mark[neighbours[j]!] = i + 1;
    // Each tie among the contacts is seen from both of its ends.
    let ends = 0;
    for (let j = begin; j < end; j++) {
      const contact = neighbours[j]!;
      for (let t = starts[contact]!, stop = starts[contact + 1]!; t < stop; t++) {
        if (mark[neighbours[t]!] === i + 1) ends++;
      }
    }
    result[i] = degree - ends / degree;
  }
  return result;
}
