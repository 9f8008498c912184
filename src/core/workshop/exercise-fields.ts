// Field checks of one exercise: text fields, the goal, the moves and budget, hints, lesson and edits.

import { FieldChecker, type ValidationProblem } from '../model/field-checker';
import { checkEdits } from '../scenario/check-edits';
import { checkPart } from '../scenario/edit-fields';
import { checkQuote } from '../story/check-quote';
import { withPrefix } from '../story/prefixed-problems';
import { checkGoalFields } from './goal-fields';
import { BUDGET_KEYS, MOVES } from './types';

const FIELDS = new Set(['id', 'title', 'situation', 'goal', 'moves', 'budget', 'hints', 'lesson', 'solution', 'start']);
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** `exercise 3 ("rae-broker")`: the position always, the id when there is one to show. */
export function exerciseWhere(raw: unknown, n: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return `exercise ${n}${typeof id === 'string' ? ` ("${id}")` : ''}`;
}

/** Records every problem of exercise `n` (1-based) under exerciseWhere, each naming its field. */
export function checkExerciseFields(raw: unknown, n: number, problems: ValidationProblem[]): void {
  const where = exerciseWhere(raw, n);
  const check = new FieldChecker(where, problems);
  if (!check.isRecord(raw)) return;
  for (const field of Object.keys(raw)) if (!FIELDS.has(field)) check.problem(field, 'is not an exercise field');
  if (check.text(raw, 'id', { required: true }) && !ID.test(raw.id as string)) check.problem('id', 'expected lower-case kebab-case, such as "rae-broker"');
  check.text(raw, 'title', { required: true });
  check.text(raw, 'situation', { required: true });
  checkPart(where, problems, raw, 'goal', checkGoalFields);
  const moves = check.list(raw, 'moves');
  if (Array.isArray(raw.moves) && moves.length === 0) check.problem('moves', 'is empty (allow at least one move)');
  moves.forEach((move, i) => {
    if (!(MOVES as readonly unknown[]).includes(move)) check.problem(`moves[${i + 1}]`, `expected one of ${MOVES.join(', ')}; got ${JSON.stringify(move)}`);
    else if (moves.indexOf(move) !== i) check.problem(`moves[${i + 1}]`, `repeats ${String(move)}`);
  });
  checkPart(where, problems, raw, 'budget', (c, budget) => {
    for (const [key, value] of Object.entries(budget)) {
      if (!(BUDGET_KEYS as readonly string[]).includes(key)) c.problem(key, `is not a budget (one of: ${BUDGET_KEYS.join(', ')})`);
      else if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) c.problem(key, `expected a whole number of moves, got ${JSON.stringify(value)}`);
    }
  });
  const hints = check.list(raw, 'hints');
  if (Array.isArray(raw.hints) && (hints.length < 2 || hints.length > 3)) check.problem('hints', `expected 2 or 3 hints, each more specific than the last; got ${hints.length}`);
  hints.forEach((hint, i) => {
    if (typeof hint !== 'string' || hint.trim() === '') check.problem(`hints[${i + 1}]`, 'expected text');
  });
  checkQuote(check, raw, 'lesson', { required: true });
  const solution = check.list(raw, 'solution');
  if (Array.isArray(raw.solution) && solution.length === 0) check.problem('solution', 'is empty (give one known solution)');
  withPrefix(`${where}, solution`, problems, (found) => checkEdits(solution, found));
  if (raw.start !== undefined) {
    const start = check.list(raw, 'start');
    withPrefix(`${where}, start`, problems, (found) => checkEdits(start, found));
  }
}
