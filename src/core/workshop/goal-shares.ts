// Goals about shares of decision-makers reached: one community's reach, and Inclusion (the worst-off community's).

import type { GraphIndex } from '../graph/graph-index';
import { headline } from '../metrics/headline';
import { countDecisionMakers, reachCounts } from '../metrics/reach';
import { percent } from '../story/step-numbers';
import type { GoalResult } from './goal-result';
import type { Goal } from './types';
import { count, share, steps, type Names } from './words';

/** Meeting "at least" within float noise, so 0.2 typed in a file is met by 1/5 computed. */
export const atLeast = (value: number, goal: number): boolean => value >= goal - 1e-12;

/** At most this many per-actor lines, the weakest first: a trainee reads them, not a table. */
const MAX_LINES = 5;

/** R_k(g) of the goal's community is at least `value`. */
export function checkGroupReach(goal: Extract<Goal, { type: 'group-reach-at-least' }>, index: GraphIndex, name: Names): GoalResult {
  const value = headline(index, { k: goal.k }).groups[goal.community];
  const wanted = `the goal is at least ${share(goal.value)}`;
  if (value === undefined || value === null) {
    return {
      met: false,
      distance: `The ${goal.community} community has no civil-society actor in the network; ${wanted}.`,
      reasons: ['Reach is measured from civil-society actors (women\'s organisations, civil society, networks) of the community.'],
    };
  }
  const met = atLeast(value, goal.value);
  const nD = countDecisionMakers(index);
  const counts = reachCounts(index, goal.k);
  const code = index.communities.indexOf(goal.community);
  const members = [...counts.keys()].filter((i) => counts[i]! >= 0 && index.community[i] === code).sort((a, b) => counts[a]! - counts[b]!);
  return {
    met,
    distance: `The ${goal.community} community reaches ${percent(value)} of decision-makers within ${steps(goal.k)}, on average; ${wanted}.`,
    reasons: members
      .slice(0, MAX_LINES)
      .map((i) => `${name(index.ids[i]!)} reaches ${counts[i]} of ${count(nD, 'decision-maker')} within ${steps(goal.k)}.`),
  };
}

/** I_k, the least-included community's reach, is at least `value`. */
export function checkInclusion(goal: Extract<Goal, { type: 'inclusion-at-least' }>, index: GraphIndex): GoalResult {
  const top = headline(index, { k: goal.k });
  const wanted = `the goal is at least ${share(goal.value)}`;
  if (top.inclusion === null) {
    return { met: false, distance: `Inclusion is n/a (no community has a civil-society actor that could reach a decision-maker); ${wanted}.`, reasons: [] };
  }
  const met = atLeast(top.inclusion, goal.value);
  const groups = Object.entries(top.groups)
    .filter((entry): entry is [string, number] => entry[1] !== null)
    .sort((a, b) => a[1] - b[1]);
  const below = groups.filter(([, v]) => !atLeast(v, goal.value));
  return {
    met,
    distance: `Inclusion is ${percent(top.inclusion)} (least included: the ${top.leastIncluded} community); ${wanted}.`,
    reasons: met
      ? [`Every community reaches at least ${share(goal.value)}; the lowest is the ${top.leastIncluded} community at ${percent(top.inclusion)}.`]
      : [
          ...below.map(([g, v]) => `The ${g} community reaches ${percent(v)} of decision-makers within ${steps(goal.k)}.`),
          `Inclusion rises only when the worst-off rise: start with the ${top.leastIncluded} community.`,
        ],
  };
}
