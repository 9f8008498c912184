// A headline-only analysis with the slower per-actor metrics carried over from the last full one, while they are recomputed.

import type { Analysis } from './analysis';

/**
 * `quick` (detail 'headline') with betweenness, constraint, effective size, brokerage and
 * fragility taken from `previous` when both describe the same actors in the same order; the
 * result stays marked 'headline', as those numbers are about to be replaced. Otherwise `quick`.
 */
export function carryOver(quick: Analysis, previous: Analysis | null): Analysis {
  if (!previous || previous.detail !== 'full' || quick.detail !== 'headline' || previous.k !== quick.k) return quick;
  if (previous.ids.length !== quick.ids.length || previous.ids.some((id, i) => id !== quick.ids[i])) return quick;
  const { reach, degree } = quick.actors;
  return { ...quick, actors: { ...previous.actors, reach, degree }, fragility: previous.fragility };
}
