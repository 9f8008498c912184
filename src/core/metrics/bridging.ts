// Bridging ties: the ties that cross a community line, a country line, or civil society to power.

import type { GraphIndex } from '../graph/graph-index';

export interface BridgeSet {
  /** Distinct actor pairs bridged (parallel ties count once, as for path metrics). */
  count: number;
  /** Indices into index.edgeU / edgeV of those pairs. */
  edges: Uint32Array;
  /** Ids of every tie realising them (parallel ties all listed), sorted. */
  ties: string[];
}

export interface BridgingTies {
  community: BridgeSet;
  country: BridgeSet;
  /** One end in C, the other in D. */
  civilDecision: BridgeSet;
}

function collect(index: GraphIndex, crosses: (u: number, v: number) => boolean): BridgeSet {
  const edges: number[] = [];
  const ties: string[] = [];
  for (let e = 0; e < index.edgeU.length; e++) {
    if (!crosses(index.edgeU[e]!, index.edgeV[e]!)) continue;
    edges.push(e);
    ties.push(...index.edgeTies[e]!);
  }
  return { count: edges.length, edges: Uint32Array.from(edges), ties: ties.sort() };
}

/**
 * The bridging ties of METRICS.md ("Brokerage and resilience"): ties across communities,
 * across countries, and between civil society and decision-makers, the weak ties that
 * Granovetter 1973 ("The strength of weak ties") credits with carrying anything new.
 */
export function bridgingTies(index: GraphIndex): BridgingTies {
  const { community, country, isCivilSociety: isC, isDecisionMaker: isD } = index;
  return {
    community: collect(index, (u, v) => community[u] !== community[v]),
    country: collect(index, (u, v) => country[u] !== country[v]),
    civilDecision: collect(index, (u, v) => (isC[u] === 1 && isD[v] === 1) || (isD[u] === 1 && isC[v] === 1)),
  };
}
