// The worker's refinements of one full analysis (betweenness, fragility), kept until that analysis is on show.

import type { RefinedMetric, RefinementUpdate } from '../bridge/analysis-client';
import type { Analysis } from '../core/metrics/analysis';
import { withRefined } from '../core/metrics/with-refined';

/** One metric being refined: its latest step, and values not yet applied. */
interface MetricRefinement {
  update: RefinementUpdate;
  values: Float64Array | null;
  /** A person stopped it. */
  paused: boolean;
}

/** How far a metric has been worked out toward exact. */
export interface Progress {
  done: number;
  total: number;
  paused: boolean;
}

export class Refinements {
  #metrics: Partial<Record<RefinedMetric, MetricRefinement>> = {};
  /** The full analysis refined has been shown: updates now apply at once. */
  shown = false;

  /** Keeps a step the worker told of. */
  hear(update: RefinementUpdate): void {
    const metric = (this.#metrics[update.metric] ??= { update, values: null, paused: false });
    metric.update = update;
    if (update.values) metric.values = update.values;
  }

  /** `analysis` with the values heard since the last call (the same object if none); metrics now exact are forgotten. */
  applyTo(analysis: Analysis | null): Analysis | null {
    let refined = analysis;
    for (const [name, metric] of Object.entries(this.#metrics) as [RefinedMetric, MetricRefinement][]) {
      if (metric.values && refined && refined.ids.length === metric.values.length) refined = withRefined(refined, name, metric.values);
      metric.values = null;
      if (metric.update.exact) delete this.#metrics[name];
    }
    return refined;
  }

  /** Nothing left to refine. */
  get finished(): boolean {
    return Object.keys(this.#metrics).length === 0;
  }

  /** How far `metric` has got, if it is on show and not yet exact. */
  progress(metric: RefinedMetric): Progress | null {
    const refinement = this.shown ? this.#metrics[metric] : undefined;
    if (!refinement || refinement.update.exact) return null;
    return { done: refinement.update.done, total: refinement.update.total, paused: refinement.paused };
  }

  /** Marks `metric` stopped or going by a person's choice; false if it is not being refined or is so already. */
  hold(metric: RefinedMetric, paused: boolean): boolean {
    const refinement = this.#metrics[metric];
    if (!refinement || refinement.paused === paused) return false;
    refinement.paused = paused;
    return true;
  }

  /** Forgets `metric`: the worker no longer refines it. */
  drop(metric: RefinedMetric): void {
    delete this.#metrics[metric];
  }
}
