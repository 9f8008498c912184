// Checks exercises against the network they are played on: ids exist, edits apply, the solution solves.

import { OTHER_COMMUNITY, type Network } from '../model/types';
import { applyEdits } from '../scenario/apply';
import { checkExercise, startNetwork } from './check-exercise';
import type { Exercise } from './types';

/**
 * Every way `exercises` do not fit `network`, as sentences naming the exercise and field:
 * start or solution edits that do not apply, a goal naming an actor or community the start
 * network lacks, a start that already meets the goal, a solution that does not solve it
 * (met, within budget, allowed moves only). Empty when every exercise is playable.
 */
export function checkExercisesAgainst(exercises: readonly Exercise[], network: Network): string[] {
  const problems: string[] = [];
  exercises.forEach((exercise, i) => {
    const where = `exercise ${i + 1} ("${exercise.id}")`;
    for (const p of applyEdits(network, exercise.start ?? []).problems) problems.push(`${where}, start: ${p.message}`);
    const start = startNetwork(exercise, network);
    for (const p of applyEdits(start, exercise.solution).problems) problems.push(`${where}, solution: ${p.message}`);
    const goal = exercise.goal;
    if (goal.type === 'reach-decision-maker' && !start.actors.some((a) => a.id === goal.actor)) {
      problems.push(`${where}, goal.actor: "${goal.actor}" is not in the network the trainee starts from`);
    }
    if (goal.type === 'group-reach-at-least' && !start.actors.some((a) => (a.community ?? OTHER_COMMUNITY) === goal.community)) {
      problems.push(`${where}, goal.community: no actor of the "${goal.community}" community is in the network`);
    }
    if (checkExercise(exercise, network, []).met) problems.push(`${where}, goal: is already met before the trainee makes a move`);
    const solved = checkExercise(exercise, network, exercise.solution);
    if (!solved.met) problems.push(`${where}, solution: does not meet the goal (${solved.distance})`);
    if (!solved.withinBudget) problems.push(`${where}, solution: goes over the budget`);
    if (!solved.allowed) problems.push(`${where}, solution: uses moves the exercise does not allow`);
  });
  return problems;
}
