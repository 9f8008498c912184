// The shape of one full analysis: plain data that survives structured clone.

import type { BridgingTies } from './bridging';
import type { BrokerageRoles, Partition } from './brokerage';
import type { Components } from './components';
import type { CutOff } from './headline';

export interface AnalysisOptions {
  /** Step horizon, 1..4; default 2 (METRICS.md). */
  k?: number;
  /** Compute per-actor fragility (the costliest part); default true. */
  fragility?: boolean;
  /**
   * 'full' (default): every metric. 'headline': the numbers a person waits for after an edit
   * (Reach, Inclusion, Overlap, reach without the facilitator, per-actor reach and degree) in a
   * few milliseconds; betweenness, constraint, effective size and fragility read NaN, the
   * brokerage counts 0, and no bridging tie or component is listed (see not-computed.ts)
   * until a full analysis follows.
   */
  detail?: 'headline' | 'full';
  /** Partition for the brokerage roles; default 'community'. */
  partition?: Partition;
  /** Keep only actors and ties that existed in this year; default: all. */
  year?: number;
}

/** Per-actor numbers, aligned with Analysis.ids; NaN reads "n/a". */
export interface ActorMetrics {
  degree: Uint32Array;
  /** r_k(c); NaN outside C or when D is empty. */
  reach: Float64Array;
  /** Normalised by (n-1)(n-2)/2. */
  betweenness: Float64Array;
  constraint: Float64Array;
  effectiveSize: Float64Array;
  brokerage: BrokerageRoles;
  /** R_k(G) - R_k(G - a); all NaN when fragility was skipped. */
  fragility: Float64Array;
}

export interface Analysis {
  /** 'headline' when only the headline numbers and per-actor reach were computed (see AnalysisOptions.detail). */
  detail: 'headline' | 'full';
  k: number;
  partition: Partition;
  /** Actor ids in index order; every per-actor array is aligned with it. */
  ids: string[];
  /** Distinct tied pairs. */
  tieCount: number;
  facilitator: string | null;
  reach: number | null;
  inclusion: number | null;
  leastIncluded: string | null;
  overlap: number | null;
  reachWithoutFacilitator: number | null;
  cutOff: CutOff;
  groups: Record<string, number | null>;
  countries: Record<string, number | null>;
  actors: ActorMetrics;
  /** Largest drop first; null when fragility was skipped. */
  fragility: Array<{ id: string; drop: number }> | null;
  bridging: BridgingTies;
  components: Components;
}
