// The compact index every metric runs on: actors as integers 0..n-1, ties as a CSR adjacency.

/**
 * A network frozen into typed arrays, built once per network version (buildGraphIndex).
 * Metrics compute on integers and map back to ids only at the boundary (graphology's
 * NeighborhoodIndex pattern): no Maps, Sets or objects are touched in a hot loop.
 */
export interface GraphIndex {
  /** Number of actors. */
  n: number;
  /** Actor ids in index order (the network's actor order, after filtering). */
  ids: string[];
  indexOf: Map<string, number>;
  /** CSR adjacency: the neighbours of i are neighbours[starts[i] .. starts[i+1]), ascending. */
  starts: Uint32Array;
  neighbours: Uint32Array;
  /** Distinct undirected edges (u < v), ordered by (u, v); parallel ties collapsed into one. */
  edgeU: Uint32Array;
  edgeV: Uint32Array;
  /** For each distinct edge, the ids of the ties that realise it (sorted). */
  edgeTies: string[][];
  /** 1 if the actor is a decision-maker (METRICS.md D: the facilitator is never one). */
  isDecisionMaker: Uint8Array;
  /** 1 if the actor is civil society (METRICS.md C). */
  isCivilSociety: Uint8Array;
  /** Community code per actor, into `communities` (sorted names; no label -> "other"). */
  community: Uint32Array;
  communities: string[];
  /** Country code per actor, into `countries` (sorted names). */
  country: Uint32Array;
  countries: string[];
  /** Index of the facilitator F, or -1 if the network has none (or it was filtered out). */
  facilitator: number;
}

/** Number of neighbours of actor i (ties to distinct other actors). */
export function degreeOf(index: GraphIndex, i: number): number {
  return index.starts[i + 1]! - index.starts[i]!;
}
