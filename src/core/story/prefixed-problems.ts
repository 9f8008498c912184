// Runs a check into a scratch list and files its problems under a longer "where" (a step, an exercise).

import type { ValidationProblem } from '../model/field-checker';

/**
 * Calls `run` with a fresh problem list and copies what it found into `problems`, each
 * `where` prefixed: checkEdits says `edit 2 (remove tie "x")`, a story needs
 * `step 3, edit 2 (remove tie "x")`.
 */
export function withPrefix(prefix: string, problems: ValidationProblem[], run: (found: ValidationProblem[]) => void): void {
  const found: ValidationProblem[] = [];
  run(found);
  for (const p of found) problems.push({ ...p, where: `${prefix}, ${p.where}` });
}
