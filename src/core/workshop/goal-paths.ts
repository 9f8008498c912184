// Goals about paths: an actor within reach of a decision-maker, and no civil-society actor cut off.

import type { GraphIndex } from '../graph/graph-index';
import { reachCounts } from '../metrics/reach';
import type { GoalResult } from './goal-result';
import { pathToDecisionMaker } from './nearest-decision-maker';
import type { Goal } from './types';
import { count, pathText, steps, type Names } from './words';

/** `actor` is at most `within` steps from a decision-maker (of `country`, if the goal names one). */
export function checkReachDecisionMaker(goal: Extract<Goal, { type: 'reach-decision-maker' }>, index: GraphIndex, name: Names): GoalResult {
  const who = name(goal.actor);
  const kind = goal.country === undefined ? 'decision-maker' : `${goal.country} decision-maker`;
  const wanted = `the goal is ${steps(goal.within)}`;
  const i = index.indexOf.get(goal.actor);
  if (i === undefined) {
    return { met: false, distance: `${who} is not in the network; ${wanted}.`, reasons: [`${who} was removed, so it reaches no one.`] };
  }
  const path = pathToDecisionMaker(index, i, goal.country);
  if (path === null) {
    return { met: false, distance: `${who} cannot reach any ${kind}; ${wanted}.`, reasons: [`No chain of ties leads from ${who} to a ${kind}.`] };
  }
  const length = path.length - 1;
  const nearest = name(path[length]!);
  const met = length <= goal.within;
  const route = pathText(path, name);
  return {
    met,
    distance: `${who} is ${steps(length)} from the nearest ${kind} (${nearest}); ${wanted}.`,
    reasons: met
      ? [`${who} reaches ${nearest} in ${steps(length)}: ${route}.`]
      : [
          `The shortest path to a ${kind} is ${route}: ${steps(length)}, ${steps(length - goal.within)} more than the goal allows.`,
          'Forums, networks and the facilitator on the way are not decision-makers themselves (METRICS.md).',
        ],
  };
}

/** Every civil-society actor reaches at least one decision-maker within k steps. */
export function checkNoCutOff(goal: Extract<Goal, { type: 'no-cut-off' }>, index: GraphIndex, name: Names): GoalResult {
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
      distance: `No civil-society actor is cut off within ${steps(goal.k)}; the goal is none.`,
      reasons: [`All ${count(total, 'civil-society actor')} reach at least one decision-maker within ${steps(goal.k)}.`],
    };
  }
  const cutNames = cut.map((i) => name(index.ids[i]!));
  return {
    met: false,
    distance: `${count(cut.length, 'civil-society actor')} ${cut.length === 1 ? 'reaches' : 'reach'} no decision-maker within ${steps(goal.k)} (${cutNames.join(', ')}); the goal is none.`,
    reasons: cut.map((i) => {
      const path = pathToDecisionMaker(index, i);
      const who = name(index.ids[i]!);
      return path === null
        ? `${who} cannot reach any decision-maker at all.`
        : `${who}'s nearest decision-maker is ${steps(path.length - 1)} away: ${pathText(path, name)}.`;
    }),
  };
}
