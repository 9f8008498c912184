// Reads and writes story files: JSON with a format tag, a schema version and numbered steps.

import { parseJsonFile } from '../io/parse-json-file';
import { checkFileHeader } from '../model/check-file-header';
import { FieldChecker, type ValidationProblem } from '../model/field-checker';
import { ENGLISH_PROBLEMS, say, type ProblemWords } from '../model/problem-words';
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
 * and `k` default to null, [] and 2. Problems are worded in `words`' language.
 */
export function readStory(text: string, fileName: string, words: ProblemWords = ENGLISH_PROBLEMS): StoryRead {
  const fail = (errors: string[]): StoryRead => ({ ok: false, file: fileName, errors: errors.map((e) => `${fileName}: ${e}`) });
  const parsed = parseJsonFile(text, MAX_STORY_BYTES, words, 'fileProblems.storyTooLarge');
  if (!parsed.ok) return fail([parsed.error]);
  const data = parsed.data;
  const problems: ValidationProblem[] = [];
  const failWithProblems = () => fail(describeProblems(problems, words));
  const top = new FieldChecker(say(words, 'fileProblems.story'), problems, words);
  if (!top.isRecord(data)) return failWithProblems();
  if (!checkFileHeader(top, data, STORY_FORMAT, STORY_SCHEMA_VERSION)) return failWithProblems();
  top.text(data, 'id', { required: true });
  top.text(data, 'title', { required: true });
  const rawSteps = top.list(data, 'steps');
  if (Array.isArray(data.steps) && rawSteps.length === 0) top.report('steps', 'fileProblems.noSteps');
  const steps = rawSteps.map((raw, i) => checkStep(raw, i + 1, problems, words));
  if (problems.length > 0) return failWithProblems();
  return { ok: true, story: { ...(data as unknown as Story), steps: steps as StoryStep[] } };
}

/** The story as file text (two-space JSON, ending in a newline) that readStory reads back. */
export function writeStory(story: Story): string {
  return `${JSON.stringify(story, null, 2)}\n`;
}
