// Reads and writes story files: JSON with a format tag, a schema version and numbered steps.

import { JsonSyntaxError, parseJsonSafely } from '../io/safe-json';
import { FieldChecker, type ValidationProblem } from '../model/field-checker';
import { describeProblems } from '../model/validate';
import { checkStep } from './step-fields';
import { STORY_FORMAT, STORY_SCHEMA_VERSION, type Story, type StoryStep } from './types';

export type StoryRead = { ok: true; story: Story } | { ok: false; file: string; errors: string[] };

/** A story is a few dozen steps; anything much larger is not one. */
export const MAX_STORY_BYTES = 2 * 1024 * 1024;

/**
 * Reads a story file, or says what is wrong with it: every error names the file, the step
 * (`step 3`, `step 3, edit 2 (remove tie "x")`) and the field. Edits are checked for their
 * shape; whether they apply to a baseline, and whether the focus ids exist, is for
 * checkStoryAgainst, since the file does not carry the network. Missing `year`, `focus`
 * and `k` default to null, [] and 2.
 */
export function readStory(text: string, fileName: string): StoryRead {
  const fail = (errors: string[]): StoryRead => ({ ok: false, file: fileName, errors: errors.map((e) => `${fileName}: ${e}`) });
  if (text.length > MAX_STORY_BYTES) return fail([`larger than the ${MAX_STORY_BYTES / 1024 / 1024} MB limit for a story`]);
  let data: unknown;
  try {
    data = parseJsonSafely(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return fail([`${error.line === undefined ? '' : `line ${error.line}, column ${error.column}: `}not valid JSON (${error.message})`]);
  }
  const problems: ValidationProblem[] = [];
  const top = new FieldChecker('story', problems);
  if (!top.isRecord(data)) return fail(describeProblems(problems));
  if (data.format !== STORY_FORMAT) {
    top.problem('format', `expected "${STORY_FORMAT}", got ${JSON.stringify(data.format) ?? 'nothing'}`);
    return fail(describeProblems(problems));
  }
  if (data.schemaVersion !== STORY_SCHEMA_VERSION) {
    const newer = typeof data.schemaVersion === 'number' && data.schemaVersion > STORY_SCHEMA_VERSION;
    top.problem('schemaVersion', `expected ${STORY_SCHEMA_VERSION}, got ${JSON.stringify(data.schemaVersion) ?? 'nothing'}${newer ? ' (written by a newer version of Bridgework)' : ''}`);
  }
  top.text(data, 'id', { required: true });
  top.text(data, 'title', { required: true });
  const rawSteps = top.list(data, 'steps');
  if (Array.isArray(data.steps) && rawSteps.length === 0) top.problem('steps', 'is empty (a story needs at least one step)');
  const steps = rawSteps.map((raw, i) => checkStep(raw, i + 1, problems));
  if (problems.length > 0) return fail(describeProblems(problems));
  return { ok: true, story: { ...(data as unknown as Story), steps: steps as StoryStep[] } };
}

/** The story as file text (two-space JSON, ending in a newline) that readStory reads back. */
export function writeStory(story: Story): string {
  return `${JSON.stringify(story, null, 2)}\n`;
}
