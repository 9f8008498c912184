// The one entry point the worker, the UI and the CLI call: every metric of METRICS.md at once.

import { buildGraphIndex } from '../graph/build-graph-index';
import type { GraphIndex } from '../graph/graph-index';
import type { Network } from '../model/types';
import type { Analysis, AnalysisOptions } from './analysis';
import { betweenness } from './betweenness';
import { bridgingTies } from './bridging';
import { brokerageRoles } from './brokerage';
import { components } from './components';
import { constraint } from './constraint';
import { effectiveSize } from './effective-size';
import { fragility, rankFragility, reachWithoutFacilitator } from './fragility';
import { summariseReach } from './headline';
import { noBridging, noBrokerage, noComponents, unknownValues } from './not-computed';
import { overlap } from './overlap';
import { DEFAULT_K, checkK, countDecisionMakers, reachCounts, reachShares } from './reach';

/** Per-actor values a caller already has, used in place of computing them (see analyseIndex). */
export interface Precomputed {
  betweenness?: Float64Array;
  /** NaN for actors not yet worked out: the ranking then covers only the others. */
  fragility?: Float64Array;
}

/**
 * Analyses an already built index (see analyse). Exposed so a caller holding the index of
 * the current network version does not build it twice, and so that a caller refining
 * betweenness and fragility in the background (progressive-analysis.ts) can pass what it has
 * so far in place of the exact values, which take seconds on thousands of actors.
 */
export function analyseIndex(index: GraphIndex, options: AnalysisOptions = {}, precomputed: Precomputed = {}): Analysis {
  const k = checkK(options.k ?? DEFAULT_K);
  const partition = options.partition ?? 'community';
  const full = options.detail !== 'headline';
  const counts = reachCounts(index, k);
  const top = summariseReach(index, counts);
  const unknown = () => unknownValues(index.n);
  const withFragility = full && options.fragility !== false;
  const drops = withFragility ? (precomputed.fragility ?? fragility(index, { k })) : unknown();
  const degree = new Uint32Array(index.n);
  for (let i = 0; i < index.n; i++) degree[i] = index.starts[i + 1]! - index.starts[i]!;
  return {
    detail: full ? 'full' : 'headline',
    k,
    partition,
    ids: index.ids.slice(),
    tieCount: index.edgeU.length,
    facilitator: index.facilitator < 0 ? null : index.ids[index.facilitator]!,
    reach: top.reach,
    inclusion: top.inclusion,
    leastIncluded: top.leastIncluded,
    overlap: overlap(index),
    reachWithoutFacilitator: reachWithoutFacilitator(index, { k }),
    cutOff: top.cutOff,
    groups: top.groups,
    countries: top.countries,
    actors: {
      degree,
      reach: reachShares(counts, countDecisionMakers(index)),
      betweenness: full ? (precomputed.betweenness ?? betweenness(index)) : unknown(),
      constraint: full ? constraint(index) : unknown(),
      effectiveSize: full ? effectiveSize(index) : unknown(),
      brokerage: full ? brokerageRoles(index, { partition }) : noBrokerage(index.n),
      fragility: drops,
    },
    fragility: withFragility ? rankFragility(index.ids, drops) : null,
    bridging: full ? bridgingTies(index) : noBridging(),
    components: full ? components(index) : noComponents(index.n),
  };
}

/**
 * Every metric of METRICS.md for one network: the headline numbers (Reach, Inclusion,
 * Overlap; Borgatti 2006 for k-step reach), Reach without the facilitator and per-actor
 * fragility (Borgatti 2006, key players), betweenness (Brandes 2001), constraint and
 * effective size (Burt 1992), brokerage roles (Gould and Fernandez 1989), bridging ties
 * and components. The result is plain data and typed arrays, safe to post from a worker.
 * Option defaults: k = 2, fragility true, partition 'community', all years.
 */
export function analyse(network: Network, options: AnalysisOptions = {}): Analysis {
  const index = buildGraphIndex(network, options.year === undefined ? {} : { year: options.year });
  return analyseIndex(index, options);
}
