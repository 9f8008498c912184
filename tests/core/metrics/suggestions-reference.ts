// Straightforward reference searches for the suggestion tests: rebuild the network and call headline for every candidate.

import { buildGraphIndex } from '../../../src/core/graph';
import { headline } from '../../../src/core/metrics';
import type { Network, Tie } from '../../../src/core/model/types';
import { addBroker, applyEdits, type NewActor } from '../../../src/core/scenario';

export interface RefScore {
  inclusion: number | null;
  reach: number | null;
  overlap: number | null;
}

export interface RefFound {
  /** Actor ids: the ties' ends, or the broker's targets. */
  ends: string[][];
  score: RefScore;
}

const up = (x: number | null) => (x === null ? -Infinity : x);
const down = (x: number | null) => (x === null ? 0 : x);

/** METRICS.md's order: Inclusion up, Reach up, Overlap down (n/a Overlap as 0). */
export function compareRef(a: RefScore, b: RefScore): number {
  return up(a.inclusion) - up(b.inclusion) || up(a.reach) - up(b.reach) || down(b.overlap) - down(a.overlap) || 0;
}

export function scoreNetwork(network: Network, k: number): RefScore {
  const h = headline(buildGraphIndex(network), { k });
  return { inclusion: h.inclusion, reach: h.reach, overlap: h.overlap };
}

const withTies = (network: Network, pairs: string[][]): Network => ({
  ...network,
  ties: [...network.ties, ...pairs.map(([s, t], i): Tie => ({ id: `ref-${i}`, source: s!, target: t!, kind: 'partnership' }))],
});

/** Ranks candidates strictly better than `floor`, best first, equal scores by index key. */
function ranked<T>(candidates: Array<{ key: number; item: T; score: RefScore }>, floor: RefScore, size: number) {
  return candidates
    .filter((c) => compareRef(c.score, floor) > 0)
    .sort((a, b) => compareRef(b.score, a.score) || a.key - b.key)
    .slice(0, size);
}

/** Every untied pair (u < v by index, not the facilitator unless allowed), scored by rebuilding. */
export function bruteForceTies(network: Network, k: number, size: number, includeFacilitator = false) {
  const index = buildGraphIndex(network);
  const { n, ids } = index;
  const tied = new Set<number>();
  for (let e = 0; e < index.edgeU.length; e++) tied.add(index.edgeU[e]! * n + index.edgeV[e]!);
  const candidates = [];
  for (let u = 0; u < n; u++) {
    for (let v = u + 1; v < n; v++) {
      if (tied.has(u * n + v) || (!includeFacilitator && (u === index.facilitator || v === index.facilitator))) continue;
      const pair = [ids[u]!, ids[v]!];
      candidates.push({ key: u * n + v, item: pair, score: scoreNetwork(withTies(network, [pair]), k) });
    }
  }
  return ranked(candidates, scoreNetwork(network, k), size);
}

/** The greedy scheme of searchTies, written plainly: 2 * count seeds, each extended, duplicates skipped. */
export function greedyTies(network: Network, k: number, budget: number, count: number): RefFound[] {
  const ids = buildGraphIndex(network).ids;
  const seeds = bruteForceTies(network, k, budget === 1 ? count : 2 * count);
  const found: RefFound[] = [];
  const seen = new Set<string>();
  for (const seed of seeds) {
    if (found.length === count) break;
    const ends = [seed.item];
    let score = seed.score;
    for (let step = 2; step <= budget; step++) {
      const next = bruteForceTies(withTies(network, ends), k, 1);
      if (next.length === 0) break;
      ends.push(next[0]!.item);
      score = next[0]!.score;
    }
    const key = ends.map(([s, t]) => ids.indexOf(s!) * ids.length + ids.indexOf(t!)).sort((a, b) => a - b).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ ends, score });
  }
  return found.sort((a, b) => compareRef(b.score, a.score));
}

/** Brokers: every pair of targets scored by adding the broker, then (budget 3) the best third tie. */
export function greedyBroker(network: Network, k: number, budget: number, count: number, broker: Partial<NewActor>): RefFound[] {
  const index = buildGraphIndex(network);
  const { n, ids, facilitator: f } = index;
  const pairs = [];
  for (let u = 0; u < n; u++) {
    for (let v = u + 1; v < n; v++) {
      if (u === f || v === f) continue;
      const item = [ids[u]!, ids[v]!];
      pairs.push({ key: u * n + v, item, score: scoreNetwork(applyEdits(network, [addBroker(network, { between: item, actor: broker })]).network, k) });
    }
  }
  const seeds = ranked(pairs, scoreNetwork(network, k), budget === 2 ? count : 2 * count);
  if (budget === 2) return seeds.map((s) => ({ ends: [s.item], score: s.score }));
  const found: RefFound[] = [];
  const seen = new Set<string>();
  for (const seed of seeds) {
    if (found.length === count) break;
    const two = applyEdits(network, [addBroker(network, { between: seed.item, actor: broker })]).network;
    const x = two.actors[two.actors.length - 1]!.id;
    const thirds = ids
      .map((id, v) => ({ key: v, item: id, score: scoreNetwork(withTies(two, [[x, id]]), k) }))
      .filter((c) => !seed.item.includes(c.item) && c.key !== f);
    const best = ranked(thirds, seed.score, 1)[0];
    const targets = best ? [...seed.item, best.item] : seed.item;
    const key = targets.map((t) => ids.indexOf(t)).sort((a, b) => a - b).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ ends: [targets], score: best ? best.score : seed.score });
  }
  return found.sort((a, b) => compareRef(b.score, a.score));
}
