// Maps a CSV table's columns to fields (names case-insensitive, with aliases) and its rows to source records.

import { atLine, say, type ProblemWords } from '../model/problem-words';
import type { CsvTable } from './csv-table';
import { extraKeyOf, fieldOf, type Table } from './field-names';
import { droppedWarning, emptyRecord, putValue, type SourceRecord } from './source-record';

export interface CsvRecords {
  records: SourceRecord[];
  /** Fields that have a column. */
  fields: Set<string>;
  errors: string[];
  warnings: string[];
}

/** 'tie' when the header has source and target columns, 'actor' when it has a name or id, else undefined. */
export function tableOf(header: readonly string[]): Table | undefined {
  const tie = new Set(header.map((h) => fieldOf('tie', h)));
  if (tie.has('source') && tie.has('target')) return 'tie';
  const actor = new Set(header.map((h) => fieldOf('actor', h)));
  return actor.has('name') || actor.has('id') ? 'actor' : undefined;
}

export function csvRecords(file: string, table: CsvTable, kind: Table, words: ProblemWords): CsvRecords {
  const result: CsvRecords = { records: [], fields: new Set(), errors: [], warnings: [] };
  // Column names as putValue will see them; a header cell left blank still keeps its data, under an
  // English name, since it becomes a key of the actor's `extra` and must not change with the language.
  const names = table.header.map((h, j) => (h === '' ? `column ${j + 1}` : h));
  const meaning = new Map<string, string>();
  names.forEach((name) => {
    const field = fieldOf(kind, name);
    const key = field ?? `extra:${extraKeyOf(name) ?? ''}`;
    if (field !== undefined) result.fields.add(field);
    const earlier = meaning.get(key);
    if (earlier !== undefined && key !== 'extra:') {
      const problem = say(words, 'problems.duplicateColumns', { first: earlier, second: name, meaning: field ?? `"${name}"` });
      result.errors.push(atLine(words, file, table.headerLine, problem));
    }
    meaning.set(key, name);
  });
  const dropped = new Set<string>();
  for (const row of table.rows) {
    const record = emptyRecord(file, say(words, 'problems.line', { line: String(row.line) }));
    names.forEach((name, j) => putValue(record, kind, name, row.cells[j] ?? '', dropped));
    result.records.push(record);
  }
  names.forEach((name) => {
    if (fieldOf(kind, name) === undefined && extraKeyOf(name) === undefined) dropped.add(name.trim());
  });
  result.warnings.push(...droppedWarning(file, dropped, words));
  return result;
}

/** The header-level error for a missing column, naming what the file does have. */
export function missingColumn(file: string, table: CsvTable, field: string, words: ProblemWords): string {
  const columns = table.header.map((h) => `"${h}"`).join(', ');
  const have = table.header.length === 0 ? say(words, 'problems.fileEmpty') : say(words, 'problems.columnsAre', { columns });
  return atLine(words, file, table.headerLine, say(words, 'problems.missingColumn', { field, have }));
}
