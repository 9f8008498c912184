// Goals about paths: an actor within reach of a decision-maker, and no civil-society actor cut off.

import type { GraphIndex } from '../graph/graph-index';
import { reachCounts } from '../metrics/reach';
import type { GoalResult } from './goal-result';
import { pathToDecisionMaker } from './nearest-decision-maker';
import type { Goal } from './types';
import { englishWords } from './english-words';
import type { Words } from './sentences';
import { pathText, steps, type Names } from './words';

/** `actor` is at most `within` steps from a decision-maker (of `country`, if the goal names one). */
export function checkReachDecisionMaker(
  goal: Extract<Goal, { type: 'reach-decision-maker' }>,
  index: GraphIndex,
  name: Names,
  words: Words = englishWords,
): GoalResult {
  const { say } = words;
  const who = name(goal.actor);
  const inCountry = goal.country !== undefined;
  const country = inCountry ? words.country(goal.country!) : '';
  const wanted = steps(goal.within, words);
  const i = index.indexOf.get(goal.actor);
  if (i === undefined) {
    return { met: false, distance: say('workshop.pathNotInNetwork', { actor: who, goal: wanted }), reasons: [say('workshop.pathRemoved', { actor: who })] };
  }
  const path = pathToDecisionMaker(index, i, goal.country);
  if (path === null) {
    return {
      met: false,
      distance: say(inCountry ? 'workshop.pathUnreachableCountry' : 'workshop.pathUnreachable', { actor: who, country, goal: wanted }),
      reasons: [say(inCountry ? 'workshop.pathNoChainCountry' : 'workshop.pathNoChain', { actor: who, country })],
    };
  }
  const length = path.length - 1;
  const nearest = name(path[length]!);
  const met = length <= goal.within;
  const route = pathText(path, name);
  const far = steps(length, words);
  return {
    met,
    distance: say(inCountry ? 'workshop.pathDistanceCountry' : 'workshop.pathDistance', { actor: who, steps: far, country, nearest, goal: wanted }),
    reasons: met
      ? [say('workshop.pathReached', { actor: who, nearest, steps: far, route })]
      : [
          say(inCountry ? 'workshop.pathTooLongCountry' : 'workshop.pathTooLong', { country, route, steps: far, more: steps(length - goal.within, words) }),
          say('workshop.pathForumsNote'),
        ],
  };
}

/** Every civil-society actor reaches at least one decision-maker within k steps. */
export function checkNoCutOff(goal: Extract<Goal, { type: 'no-cut-off' }>, index: GraphIndex, name: Names, words: Words = englishWords): GoalResult {
  const { say } = words;
  const within = steps(goal.k, words);
  const counts = reachCounts(index, goal.k);
  const cut: number[] = [];
  let total = 0;
  counts.forEach((c, i) => {
    if (c < 0) return;
    total++;
    if (c === 0) cut.push(i);
  });
  if (cut.length === 0) {
    return {
      met: true,
      distance: say('workshop.cutOffNone', { steps: within }),
      reasons: [say('workshop.cutOffAllReach', { count: total, steps: within })],
    };
  }
  const cutNames = cut.map((i) => name(index.ids[i]!));
  return {
    met: false,
    distance: say('workshop.cutOffSome', { count: cut.length, steps: within, names: cutNames.join(', ') }),
    reasons: cut.map((i) => {
      const path = pathToDecisionMaker(index, i);
      const who = name(index.ids[i]!);
      return path === null
        ? say('workshop.cutOffUnreachable', { actor: who })
        : say('workshop.cutOffNearest', { actor: who, steps: steps(path.length - 1, words), route: pathText(path, name) });
    }),
  };
}
