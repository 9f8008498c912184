// Field checks for the actors, ties and attribute changes inside edits, on the validator's FieldChecker.

import { FieldChecker, type ValidationProblem } from '../model/field-checker';
import { ENGLISH_PROBLEMS, say, type ProblemWords } from '../model/problem-words';
import { checkActorFields } from '../model/record-checks';

const ACTOR_FIELDS = new Set(['name', 'short', 'kind', 'country', 'level', 'community', 'capacity', 'since', 'memberCount', 'note', 'evidence', 'extra']);
const REQUIRED_FIELDS = new Set(['name', 'kind', 'country', 'level']);

/** The `changes` of a changeActor edit: known fields only, valid values, null only to clear an optional field. */
export function checkActorChanges(check: FieldChecker, raw: Record<string, unknown>): void {
  const values: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(raw)) {
    if (field === 'id') check.report('id', 'fileProblems.idUnchangeable');
    else if (!ACTOR_FIELDS.has(field)) check.report(field, 'fileProblems.notActorField');
    else if (value === null && REQUIRED_FIELDS.has(field)) check.report(field, 'fileProblems.cannotClear');
    else if (value !== null) values[field] = value;
  }
  checkActorFields(check, values, { partial: true });
}

/**
 * Runs `checks` on `raw[field]` with every problem's field prefixed (`tie.source`), so a
 * message says which part of the edit is wrong. Reports a missing or non-object part.
 */
export function checkPart(
  where: string,
  problems: ValidationProblem[],
  raw: Record<string, unknown>,
  field: string,
  checks: (check: FieldChecker, part: Record<string, unknown>) => void,
  words: ProblemWords = ENGLISH_PROBLEMS,
): void {
  const part = raw[field];
  const own = new FieldChecker(where, problems, words);
  if (part === undefined) return own.report(field, 'problems.missing');
  const found: ValidationProblem[] = [];
  const check = new FieldChecker(where, found, words);
  if (check.isRecord(part)) checks(check, part);
  const wholeRecord = say(words, 'problems.wholeRecord');
  for (const p of found) problems.push({ ...p, field: p.field === wholeRecord ? field : `${field}.${p.field}` });
}
