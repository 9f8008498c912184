// Reads and writes exercises files: JSON a facilitator can write, checked field by field.

import { parseJsonFile } from '../io/parse-json-file';
import { checkFileHeader } from '../model/check-file-header';
import { FieldChecker, type ValidationProblem } from '../model/field-checker';
import { ENGLISH_PROBLEMS, say, type ProblemWords } from '../model/problem-words';
import { describeProblems } from '../model/validate';
import { checkExerciseFields, exerciseWhere } from './exercise-fields';
import { EXERCISES_FORMAT, EXERCISES_SCHEMA_VERSION, type ExercisesFile } from './types';

export type ExercisesRead = { ok: true; file: ExercisesFile } | { ok: false; file: string; errors: string[] };

/** A workshop's exercises are a few dozen; anything much larger is not an exercises file. */
export const MAX_EXERCISES_BYTES = 2 * 1024 * 1024;

/**
 * Reads an exercises file, or says what is wrong with it: every error names the file, the
 * exercise (`exercise 2 ("rae-broker")`, with `solution, edit 1 (...)` inside it) and the
 * field. Whether the edits apply to a baseline and the goal's actor exists is for
 * checkExercisesAgainst, since the file does not carry the network. Problems are worded in `words`' language.
 */
export function readExercises(text: string, fileName: string, words: ProblemWords = ENGLISH_PROBLEMS): ExercisesRead {
  const fail = (errors: string[]): ExercisesRead => ({ ok: false, file: fileName, errors: errors.map((e) => `${fileName}: ${e}`) });
  const parsed = parseJsonFile(text, MAX_EXERCISES_BYTES, words, 'fileProblems.exercisesTooLarge');
  if (!parsed.ok) return fail([parsed.error]);
  const data = parsed.data;
  const problems: ValidationProblem[] = [];
  const failWithProblems = () => fail(describeProblems(problems, words));
  const top = new FieldChecker(say(words, 'fileProblems.exercisesFile'), problems, words);
  if (!top.isRecord(data)) return failWithProblems();
  if (!checkFileHeader(top, data, EXERCISES_FORMAT, EXERCISES_SCHEMA_VERSION)) return failWithProblems();
  const exercises = top.list(data, 'exercises');
  const ids = new Set<string>();
  exercises.forEach((raw, i) => {
    checkExerciseFields(raw, i + 1, problems, words);
    const id = (raw as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    if (ids.has(id)) new FieldChecker(exerciseWhere(raw, i + 1, words), problems, words).report('id', 'fileProblems.repeatsExerciseId', { id });
    ids.add(id);
  });
  if (problems.length > 0) return failWithProblems();
  return { ok: true, file: data as unknown as ExercisesFile };
}

/** The exercises as file text (two-space JSON, ending in a newline) that readExercises reads back. */
export function writeExercises(file: ExercisesFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
