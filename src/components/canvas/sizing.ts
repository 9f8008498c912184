// Actor sizes on the map: by degree (the layout's own radii) or by one of the metrics.

import type { Analysis } from '../../core/metrics/analysis';
import type { SizeMetric } from '../../state/view-state.svelte';

const MIN_RADIUS = 3.5;
const MAX_RADIUS = 20;

/**
 * Radii aligned with `ids`, area proportional to the metric (largest value gets MAX_RADIUS).
 * Actors the metric does not apply to (n/a) get the smallest size.
 */
export function radiiByMetric(ids: readonly string[], analysis: Analysis, metric: Exclude<SizeMetric, 'degree'>,
  position: ReadonlyMap<string, number>): Float32Array {
  const values = analysis.actors[metric];
  let max = 0;
  for (const v of values) if (Number.isFinite(v)) max = Math.max(max, v);
  return Float32Array.from(ids, (id) => {
    const v = values[position.get(id) ?? -1];
    if (v === undefined || !Number.isFinite(v) || max === 0) return MIN_RADIUS;
    return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(v / max);
  });
}
