// A headline Analysis read off a LiveGraph and its per-slot counts, in the network's actor order.

import type { LiveGraph } from '../graph/live-graph';
import type { Actor } from '../model/types';
import type { Analysis, AnalysisOptions } from './analysis';
import { summariseReach } from './headline';
import { liveOverlap } from './live-overlap';
import { noBridging, noBrokerage, noComponents, unknownValues } from './not-computed';
import { reachShares } from './reach';

/**
 * What analyseIndex returns with detail 'headline' for the network whose actors are `actors`
 * (each present in `graph`, no id twice), given each slot's count of decision-makers within
 * k in G and in G - F (-1 outside C). The partition is handed to summariseReach in actor
 * order with its names sorted, as buildGraphIndex would, so every number agrees to the bit.
 */
export function liveAnalysis(
  graph: LiveGraph,
  actors: readonly Actor[],
  slotCounts: Int32Array,
  slotCountsWithoutF: Int32Array,
  options: AnalysisOptions & { k: number },
): Analysis {
  const k = options.k;
  const n = actors.length;
  const communities = graph.communities.sorted();
  const countries = graph.countries.sorted();
  // Slot order to the network's order, in one pass: this runs on every edit.
  const ids = new Array<string>(n);
  const partition = {
    n,
    isDecisionMaker: new Uint8Array(n),
    community: new Uint32Array(n),
    communities: communities.names,
    country: new Uint32Array(n),
    countries: countries.names,
  };
  const counts = new Int32Array(n);
  const countsWithoutF = new Int32Array(n);
  const degree = new Uint32Array(n);
  let f = -1;
  for (let i = 0; i < n; i++) {
    const id = actors[i]!.id;
    const s = graph.slotOf.get(id)!;
    ids[i] = id;
    if (s === graph.facilitator) f = i;
    partition.isDecisionMaker[i] = graph.isDecisionMaker[s]!;
    partition.community[i] = communities.rank[graph.community[s]!]!;
    partition.country[i] = countries.rank[graph.country[s]!]!;
    counts[i] = slotCounts[s]!;
    countsWithoutF[i] = slotCountsWithoutF[s]!;
    degree[i] = graph.neighbours[s]!.length;
  }
  const top = summariseReach(partition, counts);
  const unknown = () => unknownValues(n);
  return {
    detail: 'headline',
    k,
    partition: options.partition ?? 'community',
    ids,
    tieCount: graph.edges,
    facilitator: f < 0 ? null : ids[f]!,
    reach: top.reach,
    inclusion: top.inclusion,
    leastIncluded: top.leastIncluded,
    overlap: liveOverlap(graph),
    reachWithoutFacilitator: summariseReach(partition, countsWithoutF, f).reach,
    cutOff: top.cutOff,
    groups: top.groups,
    countries: top.countries,
    actors: {
      degree,
      reach: reachShares(counts, graph.decisionMakers),
      betweenness: unknown(),
      constraint: unknown(),
      effectiveSize: unknown(),
      brokerage: noBrokerage(n),
      fragility: unknown(),
    },
    fragility: null,
    bridging: noBridging(),
    components: noComponents(n),
  };
}
