// Checks exercises against the network they are played on: ids exist, edits apply, the solution solves.

import { OTHER_COMMUNITY, type Network } from '../model/types';
import { ENGLISH_PROBLEMS, say, type ProblemKey, type ProblemWords } from '../model/problem-words';
import { applyEdits } from '../scenario/apply';
import { checkExercise, startNetwork } from './check-exercise';
import { englishWords } from './english-words';
import { exerciseWhere } from './exercise-fields';
import type { Words } from './sentences';
import type { Exercise } from './types';

/**
 * Every way `exercises` do not fit `network`, as sentences naming the exercise and field:
 * start or solution edits that do not apply, a goal naming an actor or community the start
 * network lacks, a start that already meets the goal, a solution that does not solve it
 * (met, within budget, allowed moves only). Empty when every exercise is playable. Worded in
 * `words`' language, and the goal's distance in `sentences`'.
 */
export function checkExercisesAgainst(exercises: readonly Exercise[], network: Network, words: ProblemWords = ENGLISH_PROBLEMS, sentences: Words = englishWords): string[] {
  const problems: string[] = [];
  exercises.forEach((exercise, i) => {
    const where = exerciseWhere(exercise, i + 1, words);
    const problem = (field: string, key: ProblemKey, params?: Record<string, string>) => problems.push(`${where}, ${field}: ${say(words, key, params)}`);
    for (const p of applyEdits(network, exercise.start ?? [], words).problems) problems.push(`${where}, start: ${p.message}`);
    const start = startNetwork(exercise, network);
    for (const p of applyEdits(start, exercise.solution, words).problems) problems.push(`${where}, solution: ${p.message}`);
    const goal = exercise.goal;
    if (goal.type === 'reach-decision-maker' && !start.actors.some((a) => a.id === goal.actor)) {
      problem('goal.actor', 'fileProblems.goalActorMissing', { id: goal.actor });
    }
    if (goal.type === 'group-reach-at-least' && !start.actors.some((a) => (a.community ?? OTHER_COMMUNITY) === goal.community)) {
      problem('goal.community', 'fileProblems.goalCommunityMissing', { community: goal.community });
    }
    if (checkExercise(exercise, network, [], sentences).met) problem('goal', 'fileProblems.goalAlreadyMet');
    const solved = checkExercise(exercise, network, exercise.solution, sentences);
    if (!solved.met) problem('solution', 'fileProblems.solutionMissesGoal', { distance: solved.distance });
    if (!solved.withinBudget) problem('solution', 'fileProblems.solutionOverBudget');
    if (!solved.allowed) problem('solution', 'fileProblems.solutionNotAllowed');
  });
  return problems;
}
