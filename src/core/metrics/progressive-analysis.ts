// A full analysis whose slowest parts come first as estimates (betweenness) or partly done (fragility), then refined to exact.

import type { GraphIndex } from '../graph/graph-index';
import { advanceFor } from './advance-for';
import { analyseIndex } from './analyse';
import type { Analysis, AnalysisOptions } from './analysis';
import { betweennessProgressive, type BetweennessProgress } from './betweenness';
import { fragilityProgressive, type FragilityProgress } from './fragility';
import { DEFAULT_K } from './reach';

/** Above this many actors exact betweenness takes long enough (about 0.5 s at 5,000, 15 s at 20,000) to come later. */
export const PROGRESSIVE_BETWEENNESS_FROM = 2000;
/** Sources behind the first estimate: enough to rank the big brokers, a few percent of the exact work. */
const FIRST_SAMPLE = 128;
/**
 * How long fragility may hold up the analysis before the rest is left to the refinement: all of
 * it at k = 2 on thousands of actors, a few hundred actors of 5,000 at k = 3.
 */
export const FRAGILITY_FIRST_MS = 40;
/** Actors per fragility step: at k = 4 on thousands of actors one actor can take several milliseconds. */
const FRAGILITY_BATCH = 4;

export type RefinedMetric = 'betweenness' | 'fragility';

/** One step toward a metric's exact values. */
export interface RefinementStep {
  /** Work done (sources for betweenness, actors for fragility), of `total`. */
  done: number;
  total: number;
  exact: boolean;
  /** The values so far, aligned with the analysis's ids; may be the same array at every step, so copy what is kept. */
  values: Float64Array;
}

export interface Refinement {
  /** The remaining steps; the last is exact. */
  steps: Iterator<RefinementStep, void, undefined>;
  /** How far the analysis's values had got. */
  done: number;
  total: number;
}

export interface ProgressiveAnalysis {
  /** Every metric; betweenness is an estimate and fragility partial (NaN where not yet known) where `refinements` says so. */
  analysis: Analysis;
  refinements: Partial<Record<RefinedMetric, Refinement>>;
}

export interface ProgressiveOptions {
  /** Default FRAGILITY_FIRST_MS. */
  fragilityFirstMs?: number;
  /** The clock the time limit is read from; default performance.now. */
  now?: () => number;
}

function* betweennessSteps(steps: Generator<BetweennessProgress, void, void>): Generator<RefinementStep, void, undefined> {
  for (const { sources, total, exact, values } of steps) yield { done: sources, total, exact, values };
}

function* fragilitySteps(steps: Generator<FragilityProgress, void, void>): Generator<RefinementStep, void, undefined> {
  for (const { done, total, exact, drops } of steps) yield { done, total, exact, values: drops };
}

/** Betweenness from the first FIRST_SAMPLE sources of a seeded order, and what refines it; exact values (no refinement) for a small network. */
function estimateBetweenness(index: GraphIndex): { values?: Float64Array; refinement?: Refinement } {
  const total = index.n;
  if (total <= PROGRESSIVE_BETWEENNESS_FROM) return {};
  // Small batches keep each step short, so a request that comes meanwhile waits little.
  const steps = betweennessSteps(betweennessProgressive(index, { batch: total > 10_000 ? 32 : 64 }));
  let estimate: RefinementStep | undefined;
  while (!estimate || estimate.done < FIRST_SAMPLE) {
    const step = steps.next();
    if (step.done) break;
    estimate = step.value;
  }
  return { values: estimate!.values, refinement: estimate!.exact ? undefined : { steps, done: estimate!.done, total } };
}

/** Fragility of as many actors as fit in `ms`, and what does the rest. */
function startFragility(index: GraphIndex, k: number, ms: number, now: () => number): { values: Float64Array; refinement?: Refinement } {
  const steps = fragilitySteps(fragilityProgressive(index, { k, batch: FRAGILITY_BATCH }));
  const { last } = advanceFor(steps, ms, now);
  // The generator goes on filling the same array: the analysis keeps what it holds now.
  const values = last!.values.slice();
  return { values, refinement: last!.exact ? undefined : { steps, done: last!.done, total: last!.total } };
}

/**
 * analyseIndex, except that the two slow metrics of a full analysis come early. Betweenness of
 * more than PROGRESSIVE_BETWEENNESS_FROM actors is estimated from the first FIRST_SAMPLE sources of
 * a seeded order (Brandes 2001; Brandes and Pich 2007, "Centrality estimation in large networks"),
 * and fragility is worked out for as many actors as `fragilityFirstMs` allows. Each comes with the
 * generator that completes it, for the caller to step when it has time; the last steps equal
 * betweenness(index) (up to rounding) and fragility(index).
 */
export function analyseProgressively(index: GraphIndex, options: AnalysisOptions = {}, progressive: ProgressiveOptions = {}): ProgressiveAnalysis {
  if (options.detail === 'headline') return { analysis: analyseIndex(index, options), refinements: {} };
  const betweenness = estimateBetweenness(index);
  const fragility = options.fragility === false
    ? null
    : startFragility(index, options.k ?? DEFAULT_K, progressive.fragilityFirstMs ?? FRAGILITY_FIRST_MS, progressive.now ?? (() => performance.now()));
  const refinements: ProgressiveAnalysis['refinements'] = {};
  if (betweenness.refinement) refinements.betweenness = betweenness.refinement;
  if (fragility?.refinement) refinements.fragility = fragility.refinement;
  return {
    analysis: analyseIndex(index, options, { betweenness: betweenness.values, fragility: fragility?.values }),
    refinements,
  };
}
