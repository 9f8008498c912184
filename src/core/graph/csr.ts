// Builds a CSR adjacency from a list of distinct undirected edges.

/**
 * Lays out the neighbours of every node contiguously: neighbours of i are
 * neighbours[starts[i] .. starts[i+1]). Edges must be distinct, with u < v, sorted by (u, v);
 * filling them in that order leaves every neighbour list ascending without a per-node sort.
 */
export function buildCsr(
  n: number,
  edgeU: Uint32Array,
  edgeV: Uint32Array,
): { starts: Uint32Array; neighbours: Uint32Array } {
  const m = edgeU.length;
  const starts = new Uint32Array(n + 1);
  for (let e = 0; e < m; e++) {
    starts[edgeU[e]! + 1]!++;
    starts[edgeV[e]! + 1]!++;
  }
  for (let i = 0; i < n; i++) starts[i + 1]! += starts[i]!;
  const cursor = starts.slice(0, n);
  const neighbours = new Uint32Array(2 * m);
  for (let e = 0; e < m; e++) {
    const u = edgeU[e]!;
    const v = edgeV[e]!;
    neighbours[cursor[u]!++] = v;
    neighbours[cursor[v]!++] = u;
  }
  return { starts, neighbours };
}
