// The one entry point the worker, the UI and the CLI call: every metric of METRICS.md at once.

import { buildGraphIndex } from '../graph/build-graph-index';
import type { GraphIndex } from '../graph/graph-index';
import type { Network } from '../model/types';
import type { Analysis, AnalysisOptions } from './analysis';
import { betweenness } from './betweenness';
import { bridgingTies } from './bridging';
import { brokerageRoles, type BrokerageRoles } from './brokerage';
import { components } from './components';
import { constraint } from './constraint';
import { effectiveSize } from './effective-size';
import { fragility, rankFragility, reachWithoutFacilitator } from './fragility';
import { headline } from './headline';
import { DEFAULT_K, checkK, reachPerActor } from './reach';

/**
 * Analyses an already built index (see analyse). Exposed so a caller holding the index of
 * the current network version does not build it twice, and so that a caller refining
 * betweenness in the background (progressive-analysis.ts) can pass its first estimate in
 * place of the exact values, which take seconds on tens of thousands of actors.
 */
export function analyseIndex(index: GraphIndex, options: AnalysisOptions = {}, betweennessEstimate?: Float64Array): Analysis {
  const k = checkK(options.k ?? DEFAULT_K);
  const partition = options.partition ?? 'community';
  const full = options.detail !== 'headline';
  const top = headline(index, { k });
  const unknown = () => new Float64Array(index.n).fill(NaN);
  const withFragility = full && options.fragility !== false;
  const drops = withFragility ? fragility(index, { k }) : unknown();
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
    overlap: top.overlap,
    reachWithoutFacilitator: reachWithoutFacilitator(index, { k }),
    cutOff: top.cutOff,
    groups: top.groups,
    countries: top.countries,
    actors: {
      degree,
      reach: reachPerActor(index, { k }),
      betweenness: full ? (betweennessEstimate ?? betweenness(index)) : unknown(),
      constraint: full ? constraint(index) : unknown(),
      effectiveSize: full ? effectiveSize(index) : unknown(),
      brokerage: full ? brokerageRoles(index, { partition }) : noBrokerage(index.n),
      fragility: drops,
    },
    fragility: withFragility ? rankFragility(index.ids, drops) : null,
    bridging: bridgingTies(index),
    components: components(index),
  };
}

function noBrokerage(n: number): BrokerageRoles {
  return {
    coordinator: new Uint32Array(n), gatekeeper: new Uint32Array(n), representative: new Uint32Array(n),
    consultant: new Uint32Array(n), liaison: new Uint32Array(n),
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
