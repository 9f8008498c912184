// Goals about shares of decision-makers reached: one community's reach, and Inclusion (the worst-off community's).

import type { GraphIndex } from '../graph/graph-index';
import { headline } from '../metrics/headline';
import { countDecisionMakers, reachCounts } from '../metrics/reach';
import type { GoalResult } from './goal-result';
import type { Goal } from './types';
import { englishWords } from './english-words';
import type { Words } from './sentences';
import { steps, type Names } from './words';

/** Meeting "at least" within float noise, so 0.2 typed in a file is met by 1/5 computed. */
export const atLeast = (value: number, goal: number): boolean => value >= goal - 1e-12;

/** At most this many per-actor lines, the weakest first: a trainee reads them, not a table. */
const MAX_LINES = 5;

/** R_k(g) of the goal's community is at least `value`. */
export function checkGroupReach(
  goal: Extract<Goal, { type: 'group-reach-at-least' }>,
  index: GraphIndex,
  name: Names,
  words: Words = englishWords,
): GoalResult {
  const { say } = words;
  const value = headline(index, { k: goal.k }).groups[goal.community];
  const share = words.share(goal.value);
  const within = steps(goal.k, words);
  if (value === undefined || value === null) {
    return { met: false, distance: say('workshop.groupMissing', { community: goal.community, share }), reasons: [say('workshop.groupMeasured')] };
  }
  const met = atLeast(value, goal.value);
  const nD = countDecisionMakers(index);
  const counts = reachCounts(index, goal.k);
  const code = index.communities.indexOf(goal.community);
  const members = [...counts.keys()].filter((i) => counts[i]! >= 0 && index.community[i] === code).sort((a, b) => counts[a]! - counts[b]!);
  return {
    met,
    distance: say('workshop.groupDistance', { community: goal.community, percent: words.percent(value), steps: within, share }),
    reasons: members
      .slice(0, MAX_LINES)
      .map((i) => say('workshop.groupActor', { actor: name(index.ids[i]!), reached: counts[i]!, count: nD, steps: within })),
  };
}

/** I_k, the least-included community's reach, is at least `value`. */
export function checkInclusion(goal: Extract<Goal, { type: 'inclusion-at-least' }>, index: GraphIndex, words: Words = englishWords): GoalResult {
  const { say } = words;
  const top = headline(index, { k: goal.k });
  const share = words.share(goal.value);
  if (top.inclusion === null) {
    return { met: false, distance: say('workshop.inclusionNotAvailable', { share }), reasons: [] };
  }
  const met = atLeast(top.inclusion, goal.value);
  const groups = Object.entries(top.groups)
    .filter((entry): entry is [string, number] => entry[1] !== null)
    .sort((a, b) => a[1] - b[1]);
  const below = groups.filter(([, v]) => !atLeast(v, goal.value));
  const least = { community: top.leastIncluded ?? '', percent: words.percent(top.inclusion), share };
  return {
    met,
    distance: say('workshop.inclusionDistance', least),
    reasons: met
      ? [say('workshop.inclusionMet', least)]
      : [
          ...below.map(([g, v]) => say('workshop.inclusionCommunity', { community: g, percent: words.percent(v), steps: steps(goal.k, words) })),
          say('workshop.inclusionAdvice', least),
        ],
  };
}
