// Field checks of one story step, and the defaults a hand-written step may leave out.

import { FieldChecker, type ValidationProblem } from '../model/field-checker';
import { ENGLISH_PROBLEMS, say, type ProblemWords } from '../model/problem-words';
import { checkEdits } from '../scenario/check-edits';
import { checkPart } from '../scenario/edit-fields';
import type { Edit } from '../scenario/types';
import { checkQuote } from './check-quote';
import { withPrefix } from './prefixed-problems';
import { DIRECTIONS, EXPECTED_NUMBERS, SIZE_BY, type StoryStep } from './types';

export const DEFAULT_STORY_K = 2;

const STEP_FIELDS = new Set(['title', 'caption', 'edits', 'year', 'focus', 'k', 'sizeBy', 'evidence', 'expect']);

/**
 * Records every problem of step `n` (1-based) as `step n`, field, message, and returns the
 * step with its defaults filled in (year null, focus [], k 2), or null if it is not an object.
 * Problems are worded in `words`' language.
 */
export function checkStep(raw: unknown, n: number, problems: ValidationProblem[], words: ProblemWords = ENGLISH_PROBLEMS): StoryStep | null {
  const where = say(words, 'fileProblems.step', { position: String(n) });
  const check = new FieldChecker(where, problems, words);
  if (!check.isRecord(raw)) return null;
  for (const field of Object.keys(raw)) if (!STEP_FIELDS.has(field)) check.report(field, 'fileProblems.notStepField');
  check.text(raw, 'title', { required: true });
  // A caption may be empty while a presenter is still writing the story; it must be text.
  if (raw.caption !== '') check.text(raw, 'caption', { required: true });
  const edits = check.list(raw, 'edits');
  withPrefix(where, problems, (found) => checkEdits(edits, found, words));
  if (raw.year !== null) check.year(raw, 'year');
  const focus = raw.focus === undefined ? [] : check.list(raw, 'focus');
  focus.forEach((id, i) => {
    if (typeof id !== 'string' || id.trim() === '') check.report(`focus[${i + 1}]`, 'fileProblems.expectedActorId');
  });
  const k = raw.k ?? DEFAULT_STORY_K;
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 1 || k > 4) check.report('k', 'fileProblems.expectedK', { value: JSON.stringify(k) });
  check.oneOf(raw, 'sizeBy', SIZE_BY);
  checkQuote(check, raw, 'evidence');
  if (raw.expect !== undefined) checkPart(where, problems, raw, 'expect', checkExpect, words);
  return {
    ...(raw as unknown as StoryStep),
    edits: edits as Edit[],
    year: typeof raw.year === 'number' ? raw.year : null,
    focus: focus as string[],
    k: k as number,
  };
}

function checkExpect(check: FieldChecker, expect: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(expect)) {
    if (field === 'relativeTo') check.oneOf(expect, field, ['previous', 'baseline']);
    else if ((EXPECTED_NUMBERS as readonly string[]).includes(field)) check.oneOf(expect, field, DIRECTIONS);
    else if (field === 'groups' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const groups = value as Record<string, unknown>;
      for (const group of Object.keys(groups)) {
        if (!(DIRECTIONS as readonly unknown[]).includes(groups[group])) check.report(`groups.${group}`, 'fileProblems.expectedDirection', { allowed: DIRECTIONS.join(', ') });
      }
    } else if (field === 'groups') check.report('groups', 'fileProblems.expectedGroups');
    else check.report(field, 'fileProblems.notExpectable', { allowed: [...EXPECTED_NUMBERS, 'groups'].join(', ') });
  }
}
