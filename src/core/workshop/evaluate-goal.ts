// Checks one goal on one network with the metrics engine: met or not, how far, and why.

import { buildGraphIndex } from '../graph/build-graph-index';
import type { Network } from '../model/types';
import { checkOverlap, checkReachWithoutFacilitator } from './goal-facilitator';
import { checkNoCutOff, checkReachDecisionMaker } from './goal-paths';
import type { GoalResult } from './goal-result';
import { checkGroupReach, checkInclusion } from './goal-shares';
import type { Goal } from './types';
import { englishWords } from './english-words';
import type { Words } from './sentences';
import { namesOf, type Names } from './words';

/**
 * Whether `network` meets `goal` (METRICS.md's definitions, computed as the worker computes
 * them), with a sentence saying how far it is and the reasons. `name` names actors the
 * network no longer has (removed by the exercise's start or the trainee); default: its own.
 * `words` is the language of the sentences (English by default).
 */
export function evaluateGoal(goal: Goal, network: Network, name: Names = namesOf(network), words: Words = englishWords): GoalResult {
  const index = buildGraphIndex(network);
  switch (goal.type) {
    case 'reach-decision-maker':
      return checkReachDecisionMaker(goal, index, name, words);
    case 'group-reach-at-least':
      return checkGroupReach(goal, index, name, words);
    case 'inclusion-at-least':
      return checkInclusion(goal, index, words);
    case 'reach-without-facilitator-at-least':
      return checkReachWithoutFacilitator(goal, index, name, network.facilitator, words);
    case 'overlap-at-most':
      return checkOverlap(goal, index, name, words);
    case 'no-cut-off':
      return checkNoCutOff(goal, index, name, words);
  }
}
