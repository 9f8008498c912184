// Checks a trainee's attempt: is the goal met, within budget, with allowed moves only, and why.

import type { Network } from '../model/types';
import { applyEdits } from '../scenario/apply';
import type { Edit } from '../scenario/types';
import { countMoves } from './count-moves';
import { evaluateGoal } from './evaluate-goal';
import type { Budget, Exercise, Move, MoveCounts } from './types';
import { englishWords } from './english-words';
import type { SentenceKey, Words } from './sentences';
import { namesOf } from './words';

export interface ExerciseCheck {
  /** The goal holds on the network after the start and the trainee's edits. */
  met: boolean;
  /** No kind of move used more often than the budget allows. */
  withinBudget: boolean;
  /** Only the exercise's moves were used. */
  allowed: boolean;
  /** met, within budget and allowed: the lesson can be shown. */
  solved: boolean;
  /** How far from the goal, in one sentence. */
  distance: string;
  /** Why the goal is met or not, then any budget or move the attempt broke. */
  reasons: string[];
  used: MoveCounts;
  /** Edits that did not apply (applyEdits' messages); they count as no move. */
  skipped: string[];
}

const SPENDS: Record<keyof Budget, readonly Move[]> = {
  ties: ['addTie'],
  brokers: ['addBroker'],
  partners: ['addPartner'],
  removals: ['removeActor', 'removeTie'],
};

const OVER_BUDGET: Record<keyof Budget, SentenceKey> = {
  ties: 'workshop.overBudgetTies',
  brokers: 'workshop.overBudgetBrokers',
  partners: 'workshop.overBudgetPartners',
  removals: 'workshop.overBudgetRemovals',
};

const NOT_ALLOWED: Record<Move, SentenceKey> = {
  addTie: 'workshop.notAllowedTies',
  addBroker: 'workshop.notAllowedBrokers',
  addPartner: 'workshop.notAllowedPartners',
  removeActor: 'workshop.notAllowedRemovedActors',
  removeTie: 'workshop.notAllowedRemovedTies',
};

/** The network the trainee starts from: the baseline with the exercise's start edits. */
export function startNetwork(exercise: Pick<Exercise, 'start'>, baseline: Network): Network {
  return applyEdits(baseline, exercise.start ?? []).network;
}

/**
 * Applies the exercise's start and then `edits` (the trainee's, not including the start) to
 * `baseline`, checks the goal with the metrics engine, and reads the edits as moves
 * (countMoves) to hold them to the budget and the allowed moves. Never throws for edits
 * that do not apply: they are skipped and listed. `words` is the language of the sentences.
 */
export function checkExercise(exercise: Exercise, baseline: Network, edits: readonly Edit[], words: Words = englishWords): ExerciseCheck {
  const start = startNetwork(exercise, baseline);
  const applied = applyEdits(start, edits);
  const skippedAt = new Set(applied.problems.map((p) => p.at[0]! - 1));
  const used = countMoves(start, edits.filter((_, i) => !skippedAt.has(i)));
  const goal = evaluateGoal(exercise.goal, applied.network, namesOf(applied.network, baseline), words);

  const overBudget: string[] = [];
  for (const key of Object.keys(SPENDS) as Array<keyof Budget>) {
    const limit = exercise.budget[key];
    const spent = SPENDS[key].reduce((sum, move) => sum + used[move], 0);
    if (limit !== undefined && spent > limit) overBudget.push(words.say(OVER_BUDGET[key], { count: spent, limit }));
  }
  const notAllowed: string[] = [];
  for (const move of Object.keys(NOT_ALLOWED) as Move[]) {
    if (used[move] > 0 && !exercise.moves.includes(move)) notAllowed.push(words.say(NOT_ALLOWED[move], { count: used[move] }));
  }
  if (used.other > 0) notAllowed.push(words.say('workshop.notAllowedChanges', { count: used.other }));

  const withinBudget = overBudget.length === 0;
  const allowed = notAllowed.length === 0;
  return {
    met: goal.met,
    withinBudget,
    allowed,
    solved: goal.met && withinBudget && allowed,
    distance: goal.distance,
    reasons: [...goal.reasons, ...overBudget, ...notAllowed],
    used,
    skipped: applied.problems.map((p) => p.message),
  };
}
