// The greedy searches behind suggestions: best first steps exactly, each then extended one best step at a time.

import { buildGraphIndex } from '../graph/build-graph-index';
import type { GraphIndex } from '../graph/graph-index';
import type { Network } from '../model/types';
import type { NewActor } from '../scenario/composite';
import { DEFAULT_K, checkK } from './reach';
import type { SuggestOptions } from './suggestions';
import { buildLandscape, type Landscape } from './suggestions-landscape';
import { scanPairs, type ScanOptions, type Tally } from './suggestions-scan';
import { TopList, compareScores, scoreOf, type Ranked, type Scored } from './suggestions-score';
import { createScratch, scoreTie } from './suggestions-ties';

export interface Plan {
  search: 'ties' | 'broker';
  /** New ties (1..3), or the broker's ties (2..3). */
  budget: number;
  k: number;
  count: number;
  includeFacilitator: boolean;
  broker: Partial<NewActor>;
}

/** One suggestion before it is turned into edits, in actor indices of the network searched. */
export interface Found {
  /** The new ties (search 'ties'). */
  ties: Array<[number, number]>;
  /** The actors the new broker is tied to (search 'broker'). */
  targets: number[];
  score: Scored;
}

/** The options, checked and defaulted; a RangeError names any out of range. */
export function planOf(options: SuggestOptions): Plan {
  const search = options.search ?? 'ties';
  const budget = options.budget ?? (search === 'ties' ? 1 : 3);
  const [low, high] = search === 'ties' ? [1, 3] : [2, 3];
  if (!Number.isInteger(budget) || budget < low || budget > high) {
    throw new RangeError(`budget for ${search} must be an integer from ${low} to ${high}, got ${budget}`);
  }
  const count = options.count ?? 5;
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count must be a whole number from 1, got ${count}`);
  const k = checkK(options.k ?? DEFAULT_K);
  return { search, budget, k, count, includeFacilitator: options.includeFacilitator ?? false, broker: options.broker ?? {} };
}

/** Progress is counted in rows: every search (first step, or one extension) is n rows. */
export interface Progress extends Tally {
  grow(rows: number): void;
}

/** Searches are n rows each: the first, and budget - 1 extensions for each of `count` chains. */
export function plannedRows(n: number, plan: Plan): number {
  const extensions = plan.search === 'ties' ? plan.budget - 1 : plan.budget - 2;
  return n * (1 + extensions * plan.count);
}

/** The best `size` new ties on `land`, by a full (pruned) scan. */
export function* bestTies(land: Landscape, size: number, plan: Plan, progress: Tally): Generator<void, Ranked<[number, number]>[], void> {
  const top = new TopList<[number, number]>(size, scoreOf(land));
  const s = createScratch(land);
  const options: ScanOptions = { includeFacilitator: plan.includeFacilitator, skipTied: true, radius: land.k - 1 };
  yield* scanPairs(land, options, top, (u, v, key) => {
    if (scoreTie(land, s, u, v) && top.wants(s.score, key)) top.offer(s.score, key, [u, v]);
  }, progress);
  return top.entries;
}

/**
 * Ties: the best 2 * count first ties exactly (every untied pair is scored; pruning only skips
 * pairs that provably rank lower), then each seed, best first, is extended greedily by the
 * single best next tie on the graph that includes the ties so far, until the budget is spent
 * or nothing improves. A chain that ends with the same set of ties as an earlier one is
 * dropped and the next seed taken, so the suggestions differ. Best final score first.
 */
export function* searchTies(network: Network, index: GraphIndex, plan: Plan, progress: Progress): Generator<void, Found[], void> {
  const n = index.n;
  const seeds = yield* bestTies(buildLandscape(index, plan.k), plan.budget === 1 ? plan.count : 2 * plan.count, plan, progress);
  if (plan.budget === 1) return seeds.map((e) => ({ ties: [e.item], targets: [], score: e.score }));
  const found: Found[] = [];
  const seen = new Set<string>();
  for (const seed of seeds) {
    if (found.length === plan.count) break;
    const ties: Array<[number, number]> = [seed.item];
    let score = seed.score;
    for (let step = 2; step <= plan.budget; step++) {
      const extra = ties.map(([u, v], i) => ({ id: `\u0000suggested-${i}`, source: index.ids[u]!, target: index.ids[v]!, kind: 'partnership' as const }));
      const next = yield* bestTies(buildLandscape(buildGraphIndex({ ...network, ties: [...network.ties, ...extra] }), plan.k), 1, plan, progress);
      if (next.length === 0) {
        progress.advance((plan.budget - step) * n);
        break;
      }
      ties.push(next[0]!.item);
      score = next[0]!.score;
    }
    const key = ties.map(([u, v]) => u * n + v).sort((a, b) => a - b).join(' ');
    if (seen.has(key)) {
      progress.grow((plan.budget - 1) * n);
      continue;
    }
    seen.add(key);
    found.push({ ties, targets: [], score });
  }
  return found.sort((a, b) => compareScores(b.score, a.score));
}

