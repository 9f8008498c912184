// Benchmark rows for the suggestion search (METRICS.md "Suggestions"): ties b = 1, 2, 3 and a broker, at 150 and 1,000 actors.

import { suggest, type SuggestOptions } from '../../src/core/metrics';
import { generateNetwork as makeNetwork } from '../../src/core/model/generate-network';
import { medianMs } from './timing';

export interface SuggestionRow {
  metric: 'suggest-ties-1' | 'suggest-ties-2' | 'suggest-ties-3' | 'suggest-broker';
  n: number;
  ours_ms: number;
}

const CASES: Array<[SuggestionRow['metric'], SuggestOptions]> = [
  ['suggest-ties-1', { budget: 1 }],
  ['suggest-ties-2', { budget: 2 }],
  ['suggest-ties-3', { budget: 3 }],
  ['suggest-broker', { search: 'broker', budget: 3 }],
];

/**
 * Median milliseconds of a whole suggest() call (index, search, the five suggestions' edits
 * and their headline) at k = 2 on the seeded networks run.ts uses. The searches at 1,000
 * actors take long enough that a few runs suffice.
 */
export function benchSuggestions(sizes: readonly number[] = [150, 1000]): SuggestionRow[] {
  const rows: SuggestionRow[] = [];
  for (const n of sizes) {
    const network = makeNetwork(n, 42);
    for (const [metric, options] of CASES) {
      rows.push({ metric, n, ours_ms: medianMs(n >= 1000 ? 3 : 7, () => suggest(network, { k: 2, ...options })) });
    }
  }
  return rows;
}
