// Workshop exercises: a situation from the report, a goal in the app's metrics, a budget of moves, a lesson.

import type { Country, Evidence } from '../model/types';
import type { Edit } from '../scenario/types';

/** Version of the exercises file format. Do not change without a migration in readExercises. */
export const EXERCISES_SCHEMA_VERSION = 1;

/** The `format` tag of an exercises file. Do not change. */
export const EXERCISES_FORMAT = 'bridgework-exercises';

/** What a trainee may do: the scenario layer's composites, named as a trainee thinks of them. */
export const MOVES = ['addTie', 'addBroker', 'addPartner', 'removeActor', 'removeTie'] as const;
export type Move = (typeof MOVES)[number];

/** Maximum counts of each kind of move; a missing key means no limit. Removals count actors and ties. */
export interface Budget {
  ties?: number;
  brokers?: number;
  partners?: number;
  removals?: number;
}
export const BUDGET_KEYS = ['ties', 'brokers', 'partners', 'removals'] as const;

/**
 * A goal stated in METRICS.md's numbers. `value` is a share from 0 to 1 (0.2 is 20%); `k` and
 * `within` are step horizons from 1 to 4.
 */
export type Goal =
  /** `actor` is at most `within` steps from a decision-maker (of `country`, if given). */
  | { type: 'reach-decision-maker'; actor: string; within: number; country?: Country }
  /** R_k(g) of the community is at least `value`. */
  | { type: 'group-reach-at-least'; community: string; k: number; value: number }
  /** I_k, the reach of the least-included community, is at least `value`. */
  | { type: 'inclusion-at-least'; k: number; value: number }
  /** R_k(G - F) is at least `value`. */
  | { type: 'reach-without-facilitator-at-least'; k: number; value: number }
  /** O is at most `value`. */
  | { type: 'overlap-at-most'; value: number }
  /** No civil-society actor reaches zero decision-makers within k. */
  | { type: 'no-cut-off'; k: number };

export type GoalType = Goal['type'];
export const GOAL_TYPES: readonly GoalType[] = [
  'reach-decision-maker', 'group-reach-at-least', 'inclusion-at-least', 'reach-without-facilitator-at-least', 'overlap-at-most', 'no-cut-off',
];

export interface Exercise {
  id: string;
  title: string;
  /** Two to four sentences: where the trainee starts, in the report's terms. */
  situation: string;
  goal: Goal;
  /** The moves allowed; anything else makes the attempt not allowed. */
  moves: Move[];
  budget: Budget;
  /** Two or three, each more specific than the last. */
  hints: string[];
  /** The report's own lesson, verbatim, shown when the goal is met. */
  lesson: Evidence;
  /** A known solution: checked by the tests, revealed by "show a solution". */
  solution: Edit[];
  /** Edits applied to the baseline before the trainee begins (UN Women's exit, a withdrawal). */
  start?: Edit[];
}

export interface ExercisesFile {
  schemaVersion: typeof EXERCISES_SCHEMA_VERSION;
  format: typeof EXERCISES_FORMAT;
  exercises: Exercise[];
}

/** How many moves of each kind an attempt used; `other` counts edits that are no move (changeActor). */
export type MoveCounts = Record<Move | 'other', number>;
