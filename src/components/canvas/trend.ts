// Which actors a scenario helped or hurt: +1 where reach (else betweenness) rose, -1 where it fell.

import type { AnalysisDiff, DeltaLists } from '../../core/scenario/diff';

/**
 * Changes smaller than these are not marked: adding any actor changes n, and with it every
 * normalised betweenness a little, which would otherwise put an arrow on every actor.
 */
const MIN_REACH_CHANGE = 0.005;
const MIN_BETWEENNESS_CHANGE = 0.01;

export function trendOf(diff: AnalysisDiff, ids: readonly string[]): Int8Array {
  const trend = new Map<string, number>();
  const mark = (lists: DeltaLists, min: number) => {
    for (const { id, delta } of lists.grew) if (Math.abs(delta) >= min) trend.set(id, 1);
    for (const { id, delta } of lists.shrank) if (Math.abs(delta) >= min) trend.set(id, -1);
  };
  // Betweenness first, so that reach, the measure the app is about, wins where both moved.
  mark(diff.betweenness, MIN_BETWEENNESS_CHANGE);
  mark(diff.reach, MIN_REACH_CHANGE);
  return Int8Array.from(ids, (id) => trend.get(id) ?? 0);
}
