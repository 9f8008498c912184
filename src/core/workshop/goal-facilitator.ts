// Goals about the facilitator: Reach that survives without it, and how much its partners' contacts overlap.

import type { GraphIndex } from '../graph/graph-index';
import { headline } from '../metrics/headline';
import { partnerMarks, overlap } from '../metrics/overlap';
import { reachCounts } from '../metrics/reach';
import { reachWithout } from '../metrics/fragility';
import type { GoalResult } from './goal-result';
import { atLeast } from './goal-shares';
import type { Goal } from './types';
import { englishWords } from './english-words';
import type { Words } from './sentences';
import { steps, type Names } from './words';

const MAX_LINES = 3;

/** R_k(G - F), Reach once the facilitator is gone, is at least `value`. */
export function checkReachWithoutFacilitator(
  goal: Extract<Goal, { type: 'reach-without-facilitator-at-least' }>,
  index: GraphIndex,
  name: Names,
  facilitator: string,
  words: Words = englishWords,
): GoalResult {
  const { say } = words;
  const f = index.facilitator;
  const without = reachWithout(index, f, { k: goal.k }).reach;
  const share = words.share(goal.value);
  const F = name(facilitator);
  if (without === null) return { met: false, distance: say('workshop.withoutNotAvailable', { facilitator: F, share }), reasons: [] };
  const withF = headline(index, { k: goal.k }).reach;
  const reasons = [f < 0 ? say('workshop.withoutAbsent', { facilitator: F }) : say('workshop.withoutWith', { facilitator: F, percent: words.percent(withF) })];
  if (f >= 0) {
    const before = reachCounts(index, goal.k);
    const after = reachCounts(index, goal.k, f);
    const losers = [...before.keys()].filter((i) => before[i]! >= 0 && after[i]! < before[i]!).sort((a, b) => after[a]! - before[a]! - (after[b]! - before[b]!));
    for (const i of losers.slice(0, MAX_LINES)) {
      reasons.push(say('workshop.withoutActor', { actor: name(index.ids[i]!), count: before[i]!, steps: steps(goal.k, words), facilitator: F, after: after[i]! }));
    }
  }
  return { met: atLeast(without, goal.value), distance: say('workshop.withoutDistance', { facilitator: F, percent: words.percent(without), share }), reasons };
}

/** O, the share of the partners' contacts that two or more partners share, is at most `value`. */
export function checkOverlap(goal: Extract<Goal, { type: 'overlap-at-most' }>, index: GraphIndex, name: Names, words: Words = englishWords): GoalResult {
  const { say } = words;
  const value = overlap(index);
  const share = words.share(goal.value);
  if (value === null) {
    return { met: false, distance: say('workshop.overlapNotAvailable', { share }), reasons: [] };
  }
  const isPartner = partnerMarks(index);
  const { starts, neighbours } = index;
  const sharedBy = new Map<number, number[]>();
  for (let p = 0; p < index.n; p++) {
    if (!isPartner[p]) continue;
    for (let j = starts[p]!; j < starts[p + 1]!; j++) {
      const v = neighbours[j]!;
      if (isPartner[v] || v === index.facilitator) continue;
      sharedBy.set(v, [...(sharedBy.get(v) ?? []), p]);
    }
  }
  const shared = [...sharedBy.entries()].filter(([, ps]) => ps.length >= 2).sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  const met = value <= goal.value + 1e-12;
  return {
    met,
    distance: say('workshop.overlapDistance', { percent: words.percent(value), count: shared.length, total: sharedBy.size, share }),
    reasons: [
      ...shared.slice(0, MAX_LINES).map(([v, ps]) =>
        say('workshop.overlapContact', { actor: name(index.ids[v]!), count: ps.length, partners: ps.map((p) => name(index.ids[p]!)).join(', ') })),
      ...(met ? [] : [say('workshop.overlapAdvice')]),
    ],
  };
}
