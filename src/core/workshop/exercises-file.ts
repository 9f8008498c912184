// Reads and writes exercises files: JSON a facilitator can write, checked field by field.

import { parseJsonFile } from '../io/parse-json-file';
import { checkFileHeader } from '../model/check-file-header';
import { FieldChecker, type ValidationProblem } from '../model/field-checker';
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
 * checkExercisesAgainst, since the file does not carry the network.
 */
export function readExercises(text: string, fileName: string): ExercisesRead {
  const fail = (errors: string[]): ExercisesRead => ({ ok: false, file: fileName, errors: errors.map((e) => `${fileName}: ${e}`) });
  const parsed = parseJsonFile(text, MAX_EXERCISES_BYTES, 'exercises');
  if (!parsed.ok) return fail([parsed.error]);
  const data = parsed.data;
  const problems: ValidationProblem[] = [];
  const top = new FieldChecker('exercises file', problems);
  if (!top.isRecord(data)) return fail(describeProblems(problems));
  if (!checkFileHeader(top, data, EXERCISES_FORMAT, EXERCISES_SCHEMA_VERSION)) return fail(describeProblems(problems));
  const exercises = top.list(data, 'exercises');
  const ids = new Set<string>();
  exercises.forEach((raw, i) => {
    checkExerciseFields(raw, i + 1, problems);
    const id = (raw as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    if (ids.has(id)) new FieldChecker(exerciseWhere(raw, i + 1), problems).problem('id', `repeats "${id}", already used by an earlier exercise`);
    ids.add(id);
  });
  if (problems.length > 0) return fail(describeProblems(problems));
  return { ok: true, file: data as unknown as ExercisesFile };
}

/** The exercises as file text (two-space JSON, ending in a newline) that readExercises reads back. */
export function writeExercises(file: ExercisesFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
