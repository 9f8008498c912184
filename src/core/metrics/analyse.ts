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
import { headline } from './headline';
import { DEFAULT_K, checkK, reachPerActor } from './reach';

/**
 * Analyses an already built index (see analyse). Exposed so a caller holding the index of
 * the current network version does not build it twice.
 */
export function analyseIndex(index: GraphIndex, options: AnalysisOptions = {}): Analysis {
  const k = checkK(options.k ?? DEFAULT_K);
  const partition = options.partition ?? 'community';
  const top = headline(index, { k });
  const drops = options.fragility === false ? new Float64Array(index.n).fill(NaN) : fragility(index, { k });
  const degree = new Uint32Array(index.n);
  for (let i = 0; i < index.n; i++) degree[i] = index.starts[i + 1]! - index.starts[i]!;
  return {
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
      betweenness: betweenness(index),
      constraint: constraint(index),
      effectiveSize: effectiveSize(index),
      brokerage: brokerageRoles(index, { partition }),
      fragility: drops,
    },
    fragility: options.fragility === false ? null : rankFragility(index.ids, drops),
    bridging: bridgingTies(index),
    components: components(index),
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
