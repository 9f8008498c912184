// One actor or tie as a file states it: named fields and extra values, all text, and where it is.

import { inFile, type ProblemWords } from '../model/problem-words';
import { extraKeyOf, fieldOf, type Table } from './field-names';

export interface SourceRecord {
  file: string;
  /** Where in the file, for messages: `line 14` or `node "kwn" (line 12)`. */
  place: string;
  /** Field (as in ACTOR_FIELDS / TIE_FIELDS) -> trimmed, non-empty text. */
  fields: Map<string, string>;
  /** Column or attribute name -> trimmed, non-empty text, for `extra`. */
  extra: Map<string, string>;
}

export function emptyRecord(file: string, place: string): SourceRecord {
  return { file, place, fields: new Map(), extra: new Map() };
}

/**
 * Files one named value into the record. Blank values are left out, as if the cell were empty.
 * Names that would pollute a prototype are added to `dropped`, never to the record.
 */
export function putValue(record: SourceRecord, table: Table, name: string, value: string, dropped: Set<string>): void {
  const text = value.trim();
  const field = fieldOf(table, name);
  if (field !== undefined) {
    if (text !== '') record.fields.set(field, text);
    return;
  }
  const key = extraKeyOf(name);
  if (key === undefined) {
    if (name.trim() !== '') dropped.add(name.trim());
  } else if (text !== '') record.extra.set(key, text);
}

/** The warning for dropped names, if any were. */
export function droppedWarning(file: string, dropped: ReadonlySet<string>, words: ProblemWords): string[] {
  if (dropped.size === 0) return [];
  const names = [...dropped].map((n) => `"${n}"`).join(', ');
  return [inFile(words, file, 'problems.reservedNamesIgnored', { names, count: dropped.size })];
}
