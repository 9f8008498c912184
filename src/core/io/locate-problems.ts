// Turns validation problems about "actor 3" or "tie 7" back into the file and place they came from.

import type { ValidationProblem } from '../model/validate';
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
    const record = p.record ? (p.record.table === 'actor' ? actors : ties)[p.record.position - 1] : undefined;
    return record === undefined ? `${file}, ${p.field}: ${p.message}` : `${record.file}, ${record.place}, ${p.field}: ${p.message}`;
  });
}
