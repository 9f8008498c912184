// Turns validation problems about "actor 3" or "tie 7" back into the file and place they came from.

import { MAX_PROBLEMS, type ValidationProblem } from '../model/validate';
import type { SourceRecord } from './source-record';

/**
 * `actors.csv, line 14, kind: expected one of …; got "charity"`. Problems about the network as
 * a whole name `file`.
 */
export function locateProblems(
  problems: readonly ValidationProblem[],
  actors: readonly SourceRecord[],
  ties: readonly SourceRecord[],
  file: string,
): string[] {
  return problems.map((p) => {
    const match = /^(actor|tie) (\d+)/.exec(p.where);
    const record = match ? (match[1] === 'actor' ? actors : ties)[Number(match[2]) - 1] : undefined;
    return record === undefined ? `${file}, ${p.field}: ${p.message}` : `${record.file}, ${record.place}, ${p.field}: ${p.message}`;
  });
}

/** At most MAX_PROBLEMS errors, and a last line that counts the rest. */
export function capErrors(errors: readonly string[]): string[] {
  if (errors.length <= MAX_PROBLEMS) return [...errors];
  return [...errors.slice(0, MAX_PROBLEMS), `…and ${errors.length - MAX_PROBLEMS} more problems`];
}
