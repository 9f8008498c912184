// A full analysis whose betweenness, on a big network, is first estimated from a sample and then refined to exact.

import type { GraphIndex } from '../graph/graph-index';
import { analyseIndex } from './analyse';
import type { Analysis, AnalysisOptions } from './analysis';
import { betweennessProgressive, type BetweennessProgress } from './betweenness';

/** Above this many actors exact betweenness takes long enough (about 0.5 s at 5,000, 15 s at 20,000) to come later. */
export const PROGRESSIVE_BETWEENNESS_FROM = 2000;
/** Sources behind the first estimate: enough to rank the big brokers, a few percent of the exact work. */
const FIRST_SAMPLE = 128;

export interface ProgressiveAnalysis {
  /** Every metric; betweenness is an estimate when `refinement` is not null. */
  analysis: Analysis;
  /** The rest of the sources, a batch per step, the last step exact (betweennessProgressive); null when exact already. */
  refinement: Generator<BetweennessProgress, void, void> | null;
  /** Sources behind the estimate, of `total`. */
  sources: number;
  total: number;
}

/**
 * analyseIndex, except that a full analysis of more than PROGRESSIVE_BETWEENNESS_FROM actors returns
 * with betweenness estimated from the first FIRST_SAMPLE sources of a seeded order (Brandes 2001;
 * Brandes and Pich 2007, "Centrality estimation in large networks") and hands back the generator
 * that refines it: the caller steps it when it has time and shows each estimate. The generator
 * walks the same seeded order, so its last step equals betweenness(index) up to rounding.
 */
export function analyseProgressively(index: GraphIndex, options: AnalysisOptions = {}): ProgressiveAnalysis {
  const total = index.n;
  if (options.detail === 'headline' || total <= PROGRESSIVE_BETWEENNESS_FROM) {
    return { analysis: analyseIndex(index, options), refinement: null, sources: total, total };
  }
  // Small batches keep each step of the refinement short, so a request that comes meanwhile waits little.
  const refinement = betweennessProgressive(index, { batch: total > 10_000 ? 32 : 64 });
  let estimate: BetweennessProgress | undefined;
  while (!estimate || estimate.sources < FIRST_SAMPLE) {
    const step = refinement.next();
    if (step.done) break;
    estimate = step.value;
  }
  return {
    analysis: analyseIndex(index, options, estimate!.values),
    refinement: estimate!.exact ? null : refinement,
    sources: estimate!.sources,
    total,
  };
}
