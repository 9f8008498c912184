// Field checks for the actors, ties and attribute changes inside edits, on the validator's FieldChecker.

import { ACTOR_KINDS, CAPACITIES, COUNTRIES, LEVELS, TIE_KINDS } from '../model/types';
import { FieldChecker, type ValidationProblem } from '../model/field-checker';

/**
 * The checks validateActor (model/validate.ts) makes, field by field and with the same
 * messages (a test holds the two together). With `partial`, nothing is required: the fields of
 * a changeActor edit.
 */
export function checkActorFields(check: FieldChecker, raw: Record<string, unknown>, { partial = false } = {}): void {
  const required = !partial;
  if (!partial) check.text(raw, 'id', { required });
  check.text(raw, 'name', { required });
  check.text(raw, 'short');
  check.oneOf(raw, 'kind', ACTOR_KINDS, { required });
  check.oneOf(raw, 'country', COUNTRIES, { required });
  check.oneOf(raw, 'level', LEVELS, { required });
  check.text(raw, 'community');
  check.oneOf(raw, 'capacity', CAPACITIES);
  check.year(raw, 'since');
  check.count(raw, 'memberCount');
  check.text(raw, 'note');
  check.evidence(raw);
}

/**
 * The checks validateTie makes, except that its ends are actors of the network: a scenario
 * file is read without its baseline, so applyEdits reports a missing end instead.
 */
export function checkTieFields(check: FieldChecker, raw: Record<string, unknown>): void {
  check.text(raw, 'id', { required: true });
  check.text(raw, 'source', { required: true });
  check.text(raw, 'target', { required: true });
  if (raw.source !== undefined && raw.source === raw.target) check.problem('target', 'is the same actor as source');
  check.oneOf(raw, 'kind', TIE_KINDS, { required: true });
  const since = check.year(raw, 'since');
  const until = check.year(raw, 'until');
  if (since !== undefined && until !== undefined && until < since) check.problem('until', `is ${until}, before since (${since})`);
  check.text(raw, 'note');
  check.evidence(raw);
}

const ACTOR_FIELDS = new Set(['name', 'short', 'kind', 'country', 'level', 'community', 'capacity', 'since', 'memberCount', 'note', 'evidence', 'extra']);
const REQUIRED_FIELDS = new Set(['name', 'kind', 'country', 'level']);

/** The `changes` of a changeActor edit: known fields only, valid values, null only to clear an optional field. */
export function checkActorChanges(check: FieldChecker, raw: Record<string, unknown>): void {
  const values: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(raw)) {
    if (field === 'id') check.problem('id', 'cannot be changed (remove the actor and add a new one instead)');
    else if (!ACTOR_FIELDS.has(field)) check.problem(field, 'is not an actor field');
    else if (value === null && REQUIRED_FIELDS.has(field)) check.problem(field, 'is required and cannot be cleared (null)');
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
): void {
  const part = raw[field];
  const own = new FieldChecker(where, problems);
  if (part === undefined) return own.problem(field, 'is missing');
  const found: ValidationProblem[] = [];
  const check = new FieldChecker(where, found);
  if (check.isRecord(part)) checks(check, part);
  for (const p of found) problems.push({ ...p, field: p.field === '(whole record)' ? field : `${field}.${p.field}` });
}
