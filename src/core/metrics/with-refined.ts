// An analysis with one slow metric's values replaced by further refined ones.

import type { Analysis } from './analysis';
import { rankFragility } from './fragility';
import type { RefinedMetric } from './progressive-analysis';

/** `analysis` with `metric`'s per-actor values (aligned with its ids) replaced by `values`, and the fragility ranking redone from them. */
export function withRefined(analysis: Analysis, metric: RefinedMetric, values: Float64Array): Analysis {
  if (metric === 'betweenness') return { ...analysis, actors: { ...analysis.actors, betweenness: values } };
  return {
    ...analysis,
    actors: { ...analysis.actors, fragility: values },
    fragility: analysis.fragility === null ? null : rankFragility(analysis.ids, values),
  };
}
