// Goals about the facilitator: Reach that survives without it, and how much its partners' contacts overlap.

import type { GraphIndex } from '../graph/graph-index';
import { headline } from '../metrics/headline';
import { partnerMarks, overlap } from '../metrics/overlap';
import { reachCounts } from '../metrics/reach';
import { reachWithout } from '../metrics/fragility';
import { percent } from '../story/step-numbers';
import type { GoalResult } from './goal-result';
import { atLeast } from './goal-shares';
import type { Goal } from './types';
import { count, share, steps, type Names } from './words';

const MAX_LINES = 3;

/** R_k(G - F), Reach once the facilitator is gone, is at least `value`. */
export function checkReachWithoutFacilitator(
  goal: Extract<Goal, { type: 'reach-without-facilitator-at-least' }>,
  index: GraphIndex,
  name: Names,
  facilitator: string,
): GoalResult {
  const f = index.facilitator;
  const without = reachWithout(index, f, { k: goal.k }).reach;
  const wanted = `the goal is at least ${share(goal.value)}`;
  const F = name(facilitator);
  if (without === null) return { met: false, distance: `Without ${F}, Reach is n/a; ${wanted}.`, reasons: [] };
  const withF = headline(index, { k: goal.k }).reach;
  const reasons = [f < 0 ? `${F} is not in the network, so Reach without it is Reach itself.` : `With ${F}, Reach is ${percent(withF)}.`];
  if (f >= 0) {
    const before = reachCounts(index, goal.k);
    const after = reachCounts(index, goal.k, f);
    const losers = [...before.keys()].filter((i) => before[i]! >= 0 && after[i]! < before[i]!).sort((a, b) => after[a]! - before[a]! - (after[b]! - before[b]!));
    for (const i of losers.slice(0, MAX_LINES)) {
      reasons.push(`${name(index.ids[i]!)} reaches ${count(before[i]!, 'decision-maker')} within ${steps(goal.k)} with ${F}, ${after[i]} without.`);
    }
  }
  return { met: atLeast(without, goal.value), distance: `Without ${F}, Reach is ${percent(without)}; ${wanted}.`, reasons };
}

/** O, the share of the partners' contacts that two or more partners share, is at most `value`. */
export function checkOverlap(goal: Extract<Goal, { type: 'overlap-at-most' }>, index: GraphIndex, name: Names): GoalResult {
  const value = overlap(index);
  const wanted = `the goal is at most ${share(goal.value)}`;
  if (value === null) {
    return { met: false, distance: `Overlap is n/a (the facilitator or its partners' contacts are missing); ${wanted}.`, reasons: [] };
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
    distance: `Overlap is ${percent(value)}: ${shared.length} of the partners' ${count(sharedBy.size, 'contact')} ${shared.length === 1 ? 'is' : 'are'} shared by two or more partners; ${wanted}.`,
    reasons: [
      ...shared.slice(0, MAX_LINES).map(([v, ps]) => `${name(index.ids[v]!)} is a contact of ${ps.length} partners: ${ps.map((p) => name(index.ids[p]!)).join(', ')}.`),
      ...(met ? [] : ['A partner whose contacts no other partner has lowers Overlap; one who knows the same people raises it.']),
    ],
  };
}
