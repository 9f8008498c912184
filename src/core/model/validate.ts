// Checks that unknown data is a Network, and says exactly where it is not: which actor or tie, which field.

import { SCHEMA_VERSION, type Network } from './types';
import { checkActorFields, checkTieFields } from './record-checks';
import { FieldChecker, type RecordRef, type ValidationProblem } from './field-checker';
import { ENGLISH_PROBLEMS, say, type ProblemWords } from './problem-words';

export type { ValidationProblem } from './field-checker';

export type Validation =
  | { ok: true; network: Network; problems: [] }
  | { ok: false; problems: ValidationProblem[] };

/** At most this many problems are reported; the rest are summarised in one line. */
export const MAX_PROBLEMS = 20;

function validateTie(check: FieldChecker, raw: Record<string, unknown>, actorIds: ReadonlySet<string>): void {
  checkTieFields(check, raw);
  for (const end of ['source', 'target'] as const) {
    if (typeof raw[end] === 'string' && raw[end].trim() !== '' && !actorIds.has(raw[end])) {
      check.report(end, 'problems.notInNetwork', { id: String(raw[end]) });
    }
  }
}

export function validateNetwork(data: unknown, words: ProblemWords = ENGLISH_PROBLEMS): Validation {
  const problems: ValidationProblem[] = [];
  const top = new FieldChecker(say(words, 'problems.network'), problems, words);
  if (!top.isRecord(data)) return { ok: false, problems };
  if (data.schemaVersion !== SCHEMA_VERSION) {
    top.report('schemaVersion', 'problems.expectedVersion', { expected: SCHEMA_VERSION, got: top.asJson(data.schemaVersion) });
  }
  top.text(data, 'title', { required: true });
  top.text(data, 'source');
  top.text(data, 'facilitator', { required: true });
  const actors = top.list(data, 'actors');
  const ties = top.list(data, 'ties');

  const actorIds = new Set<string>();
  actors.forEach((raw, i) => {
    const check = recordChecker(refOf('actor', i, raw), problems, words);
    if (!check.isRecord(raw)) return;
    checkActorFields(check, raw);
    if (typeof raw.id === 'string') {
      if (actorIds.has(raw.id)) check.report('id', 'problems.repeatsActorId', { id: raw.id });
      actorIds.add(raw.id);
    }
  });
  if (typeof data.facilitator === 'string' && actors.length > 0 && !actorIds.has(data.facilitator)) {
    top.report('facilitator', 'problems.notInNetwork', { id: data.facilitator });
  }
  const tieIds = new Set<string>();
  ties.forEach((raw, i) => {
    const check = recordChecker(refOf('tie', i, raw), problems, words);
    if (!check.isRecord(raw)) return;
    validateTie(check, raw, actorIds);
    if (typeof raw.id === 'string') {
      if (tieIds.has(raw.id)) check.report('id', 'problems.repeatsTieId', { id: raw.id });
      tieIds.add(raw.id);
    }
  });

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, network: data as unknown as Network, problems: [] };
}

/** The actor or tie at `index` of its list, with its id when it has one. */
export function refOf(table: RecordRef['table'], index: number, raw: unknown): RecordRef {
  const id = (raw as { id?: unknown } | null)?.id;
  return { table, position: index + 1, ...(typeof id === 'string' ? { id } : {}) };
}

/** A checker whose problems name the record: `actor 3 ("kwn")`, or `actor 3` when it has no id. */
export function recordChecker(record: RecordRef, problems: ValidationProblem[], words: ProblemWords): FieldChecker {
  return new FieldChecker(recordName(record, words), problems, words, record);
}

function recordName({ table, position, id }: RecordRef, words: ProblemWords): string {
  const params = { position: String(position), ...(id === undefined ? {} : { id }) };
  if (table === 'actor') return say(words, id === undefined ? 'problems.actorRecord' : 'problems.actorRecordWithId', params);
  return say(words, id === undefined ? 'problems.tieRecord' : 'problems.tieRecordWithId', params);
}

/** The problems as lines a person can read, at most MAX_PROBLEMS of them. */
export function describeProblems(problems: readonly ValidationProblem[], words: ProblemWords = ENGLISH_PROBLEMS): string[] {
  return capLines(problems.map((p) => `${p.where}, ${p.field}: ${p.message}`), words);
}

/** At most MAX_PROBLEMS lines, and a last one that counts the rest. */
export function capLines(lines: readonly string[], words: ProblemWords = ENGLISH_PROBLEMS): string[] {
  if (lines.length <= MAX_PROBLEMS) return [...lines];
  return [...lines.slice(0, MAX_PROBLEMS), say(words, 'problems.moreProblems', { count: lines.length - MAX_PROBLEMS })];
}
