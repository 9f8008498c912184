// Turns source records into the raw actor and tie objects that validateNetwork checks.

import { parseJsonSafely } from './safe-json';
import type { SourceRecord } from './source-record';
import { canonicalValue, type Vocabulary } from './value-aliases';

export type RawRecord = Record<string, unknown>;

const ACTOR_TEXT = ['id', 'name', 'short', 'community', 'note'];
const ACTOR_VOCABULARY: Array<[string, Vocabulary]> = [['kind', 'kind'], ['country', 'country'], ['level', 'level'], ['capacity', 'capacity']];
const TIE_TEXT = ['id', 'source', 'target', 'note'];

export function rawActor(record: SourceRecord): RawRecord {
  const raw: RawRecord = {};
  copyText(record, raw, ACTOR_TEXT);
  for (const [field, vocabulary] of ACTOR_VOCABULARY) {
    const value = record.fields.get(field);
    if (value !== undefined) raw[field] = canonicalValue(vocabulary, value);
  }
  copyWhole(record, raw, ['since', 'memberCount']);
  copyCommon(record, raw);
  return raw;
}

export function rawTie(record: SourceRecord): RawRecord {
  const raw: RawRecord = {};
  copyText(record, raw, TIE_TEXT);
  const kind = record.fields.get('kind');
  if (kind !== undefined) raw.kind = canonicalValue('tieKind', kind);
  copyWhole(record, raw, ['since', 'until']);
  copyCommon(record, raw);
  return raw;
}

function copyText(record: SourceRecord, raw: RawRecord, fields: string[]): void {
  for (const field of fields) {
    const value = record.fields.get(field);
    if (value !== undefined) raw[field] = value;
  }
}

/** "2008" and a spreadsheet's "2008.0" become numbers; anything else stays text for validation to name. */
function copyWhole(record: SourceRecord, raw: RawRecord, fields: string[]): void {
  for (const field of fields) {
    const value = record.fields.get(field);
    if (value !== undefined) raw[field] = /^[+-]?\d{1,15}(\.0*)?$/.test(value) ? Number.parseFloat(value) : value;
  }
}

/** Evidence travels as JSON text in CSV and XML; what is not a JSON list stays text, for validation to name. */
function copyCommon(record: SourceRecord, raw: RawRecord): void {
  const evidence = record.fields.get('evidence');
  if (evidence !== undefined) raw.evidence = parseEvidence(evidence);
  if (record.extra.size > 0) raw.extra = Object.fromEntries(record.extra);
}

function parseEvidence(text: string): unknown {
  try {
    const value = parseJsonSafely(text);
    return Array.isArray(value) ? value : text;
  } catch {
    return text;
  }
}
