// The three headline numbers of METRICS.md: Reach, Inclusion, Overlap (plus cut-off and groups).

import type { GraphIndex } from '../graph/graph-index';
import type { Bfs } from './bfs';
import { groupReach, leastIncluded } from './group-reach';
import { overlap } from './overlap';
import { DEFAULT_K, checkK, countDecisionMakers, reachCounts } from './reach';

export interface CutOff {
  /** Civil-society actors that reach no decision-maker within k (all of C when D is empty). */
  count: number;
  /** |C|. */
  total: number;
  /** count / total; null when C is empty. */
  share: number | null;
}

export interface ReachSummary {
  /** R_k = mean over C of r_k(c); null when C or D is empty. */
  reach: number | null;
  cutOff: CutOff;
  /** I_k = min over communities of R_k(g); null when no community has a value. */
  inclusion: number | null;
  /** The community attaining I_k (first by name on a tie), or null. */
  leastIncluded: string | null;
  /** R_k(g) for every community present in the index (null: no civil-society actor). */
  groups: Record<string, number | null>;
  /** R_k(g) for every country present in the index. */
  countries: Record<string, number | null>;
}

export interface Headline extends ReachSummary {
  k: number;
  /** O of METRICS.md; null without a facilitator or partner contacts. */
  overlap: number | null;
}

/** What summariseReach reads of an index: who counts in D, and the two partitions. */
export type ReachPartition = Pick<GraphIndex, 'n' | 'isDecisionMaker' | 'community' | 'communities' | 'country' | 'countries'>;

/**
 * Reach, cut-off, Inclusion and the group bars from per-actor counts (reachCounts), with
 * `blocked` (-1: none) treated as removed. Reach is sum(counts) / (|C| |D|): the mean of
 * r_k(c) computed in the integers, so incremental callers (fragility, live-headline) agree to the bit.
 */
export function summariseReach(index: ReachPartition, counts: Int32Array, blocked = -1): ReachSummary {
  const nD = countDecisionMakers(index, blocked);
  let total = 0;
  let cut = 0;
  let sum = 0;
  for (let c = 0; c < counts.length; c++) {
    const count = counts[c]!;
    if (count < 0) continue;
    total++;
    sum += count;
    if (count === 0) cut++;
  }
  const groups = groupReach(counts, index.community, index.communities, nD);
  return {
    reach: total > 0 && nD > 0 ? sum / (total * nD) : null,
    cutOff: { count: cut, total, share: total > 0 ? cut / total : null },
    ...leastIncluded(groups),
    groups,
    countries: groupReach(counts, index.country, index.countries, nD),
  };
}

/**
 * The headline numbers of METRICS.md for one graph: Reach R_k and the cut-off count,
 * Inclusion I_k with the least-included community and every community's and country's
 * R_k(g), and Overlap O. Reach follows Borgatti 2006 (k-step reach, "Identifying sets of
 * key players in a social network") restricted to civil society -> decision-makers.
 * Every fraction whose denominator is empty is null. Option default: k = 2 (1..4).
 */
export function headline(index: GraphIndex, options: { k?: number; bfs?: Bfs } = {}): Headline {
  const k = checkK(options.k ?? DEFAULT_K);
  const counts = reachCounts(index, k, -1, options.bfs);
  return { k, ...summariseReach(index, counts), overlap: overlap(index) };
}
