// The --json output of `npm run metrics`: one object, fractions 0..1, null for "n/a".

import type { Analysis } from '../core/metrics';

export interface ActorJson {
  reach: number | null;
  betweenness: number | null;
  constraint: number | null;
  effectiveSize: number | null;
}

export interface MetricsJson {
  k: number;
  facilitator: string | null;
  reach: number | null;
  inclusion: number | null;
  leastIncluded: string | null;
  overlap: number | null;
  reachWithoutFacilitator: number | null;
  cutOff: { count: number; total: number; share: number | null };
  groups: Record<string, number | null>;
  countries: Record<string, number | null>;
  actors: Record<string, ActorJson>;
}

/** NaN is the typed arrays' "n/a"; JSON has no NaN, so it becomes null. */
const orNull = (x: number | undefined): number | null => (x === undefined || Number.isNaN(x) ? null : x);

export function metricsJson(analysis: Analysis): MetricsJson {
  const { actors } = analysis;
  return {
    k: analysis.k,
    facilitator: analysis.facilitator,
    reach: analysis.reach,
    inclusion: analysis.inclusion,
    leastIncluded: analysis.leastIncluded,
    overlap: analysis.overlap,
    reachWithoutFacilitator: analysis.reachWithoutFacilitator,
    cutOff: analysis.cutOff,
    groups: analysis.groups,
    countries: analysis.countries,
    // fromEntries keeps an actor id such as "__proto__" an ordinary key.
    actors: Object.fromEntries(
      analysis.ids.map((id, i) => [
        id,
        {
          reach: orNull(actors.reach[i]),
          betweenness: orNull(actors.betweenness[i]),
          constraint: orNull(actors.constraint[i]),
          effectiveSize: orNull(actors.effectiveSize[i]),
        },
      ]),
    ),
  };
}
