// The peer implementations the benchmark compares against: graphology and plain Sets.

import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { Network } from '../../src/core/model/types';
import { CIVIL_SOCIETY_KINDS, DECISION_MAKER_KINDS } from '../../src/core/model/types';

export function toGraphology(network: Network): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const actor of network.actors) graph.addNode(actor.id, { kind: actor.kind });
  for (const tie of network.ties) if (tie.source !== tie.target) graph.mergeEdge(tie.source, tie.target);
  return graph;
}

/** graphology-metrics betweenness, called the fastest way it offers: unweighted, no assignment. */
export function peerBetweenness(graph: Graph): Record<string, number> {
  return betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
}

/** 2-step reach of every civil-society actor by a Set-based BFS over the graphology graph. */
export function peerReach2(graph: Graph, facilitator: string): Map<string, number> {
  const isD = (node: string) =>
    node !== facilitator && DECISION_MAKER_KINDS.has(graph.getNodeAttribute(node, 'kind'));
  let nD = 0;
  graph.forEachNode((node) => {
    if (isD(node)) nD++;
  });
  const reach = new Map<string, number>();
  graph.forEachNode((source, attributes) => {
    if (!CIVIL_SOCIETY_KINDS.has(attributes.kind)) return;
    const seen = new Set<string>([source]);
    let frontier = [source];
    let count = 0;
    for (let depth = 1; depth <= 2; depth++) {
      const next: string[] = [];
      for (const v of frontier) {
        graph.forEachNeighbor(v, (w) => {
          if (seen.has(w)) return;
          seen.add(w);
          next.push(w);
          if (isD(w)) count++;
        });
      }
      frontier = next;
    }
    reach.set(source, nD === 0 ? NaN : count / nD);
  });
  return reach;
}
