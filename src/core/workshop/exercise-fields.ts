// Field checks of one exercise: text fields, the goal, the moves and budget, hints, lesson and edits.

import { FieldChecker, type ValidationProblem } from '../model/field-checker';
import { ENGLISH_PROBLEMS, say, type ProblemWords } from '../model/problem-words';
import { checkEdits } from '../scenario/check-edits';
import { checkPart } from '../scenario/edit-fields';
import { checkQuote } from '../story/check-quote';
import { withPrefix } from '../story/prefixed-problems';
import { checkGoalFields } from './goal-fields';
import { BUDGET_KEYS, MOVES } from './types';

const FIELDS = new Set(['id', 'title', 'situation', 'goal', 'moves', 'budget', 'hints', 'lesson', 'solution', 'start']);
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** `exercise 3 ("rae-broker")`: the position always, the id when there is one to show. */
export function exerciseWhere(raw: unknown, n: number, words: ProblemWords = ENGLISH_PROBLEMS): string {
  const id = (raw as { id?: unknown } | null)?.id;
  const position = String(n);
  return typeof id === 'string' ? say(words, 'fileProblems.exerciseWithId', { position, id }) : say(words, 'fileProblems.exercise', { position });
}

/** Records every problem of exercise `n` (1-based) under exerciseWhere, each naming its field. */
export function checkExerciseFields(raw: unknown, n: number, problems: ValidationProblem[], words: ProblemWords = ENGLISH_PROBLEMS): void {
  const where = exerciseWhere(raw, n, words);
  const check = new FieldChecker(where, problems, words);
  if (!check.isRecord(raw)) return;
  for (const field of Object.keys(raw)) if (!FIELDS.has(field)) check.report(field, 'fileProblems.notExerciseField');
  if (check.text(raw, 'id', { required: true }) && !ID.test(raw.id as string)) check.report('id', 'fileProblems.expectedKebabCase');
  check.text(raw, 'title', { required: true });
  check.text(raw, 'situation', { required: true });
  checkPart(where, problems, raw, 'goal', checkGoalFields, words);
  const moves = check.list(raw, 'moves');
  if (Array.isArray(raw.moves) && moves.length === 0) check.report('moves', 'fileProblems.noMoves');
  moves.forEach((move, i) => {
    if (!(MOVES as readonly unknown[]).includes(move)) check.report(`moves[${i + 1}]`, 'problems.expectedOneOf', { allowed: MOVES.join(', '), value: JSON.stringify(move) });
    else if (moves.indexOf(move) !== i) check.report(`moves[${i + 1}]`, 'fileProblems.repeatsMove', { move: String(move) });
  });
  checkPart(where, problems, raw, 'budget', (c, budget) => {
    for (const [key, value] of Object.entries(budget)) {
      if (!(BUDGET_KEYS as readonly string[]).includes(key)) c.report(key, 'fileProblems.notBudget', { allowed: BUDGET_KEYS.join(', ') });
      else if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) c.report(key, 'fileProblems.expectedMoveCount', { value: JSON.stringify(value) });
    }
  }, words);
  const hints = check.list(raw, 'hints');
  if (Array.isArray(raw.hints) && (hints.length < 2 || hints.length > 3)) check.report('hints', 'fileProblems.hintCount', { given: String(hints.length) });
  hints.forEach((hint, i) => {
    if (typeof hint !== 'string' || hint.trim() === '') check.report(`hints[${i + 1}]`, 'fileProblems.expectedHint');
  });
  checkQuote(check, raw, 'lesson', { required: true });
  const solution = check.list(raw, 'solution');
  if (Array.isArray(raw.solution) && solution.length === 0) check.report('solution', 'fileProblems.noSolution');
  withPrefix(`${where}, solution`, problems, (found) => checkEdits(solution, found, words));
  if (raw.start !== undefined) {
    const start = check.list(raw, 'start');
    withPrefix(`${where}, start`, problems, (found) => checkEdits(start, found, words));
  }
}
