// Checks that unknown data is a Network, and says exactly where it is not: which actor or tie, which field.

import { SCHEMA_VERSION, type Network } from './types';
import { checkActorFields, checkTieFields } from './record-checks';
import { FieldChecker, type ValidationProblem } from './field-checker';

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
      check.problem(end, `names actor "${String(raw[end])}", which is not in the network`);
    }
  }
}

export function validateNetwork(data: unknown): Validation {
  const problems: ValidationProblem[] = [];
  const top = new FieldChecker('network', problems);
  if (!top.isRecord(data)) return { ok: false, problems };
  if (data.schemaVersion !== SCHEMA_VERSION) {
    top.problem('schemaVersion', `expected ${SCHEMA_VERSION}, got ${JSON.stringify(data.schemaVersion) ?? 'nothing'}`);
  }
  top.text(data, 'title', { required: true });
  top.text(data, 'source');
  top.text(data, 'facilitator', { required: true });
  const actors = top.list(data, 'actors');
  const ties = top.list(data, 'ties');

  const actorIds = new Set<string>();
  actors.forEach((raw, i) => {
    const check = new FieldChecker(`actor ${i + 1}${labelOf(raw)}`, problems);
    if (!check.isRecord(raw)) return;
    checkActorFields(check, raw);
    if (typeof raw.id === 'string') {
      if (actorIds.has(raw.id)) check.problem('id', `repeats "${raw.id}", already used by an earlier actor`);
      actorIds.add(raw.id);
    }
  });
  if (typeof data.facilitator === 'string' && actors.length > 0 && !actorIds.has(data.facilitator)) {
    top.problem('facilitator', `names actor "${data.facilitator}", which is not in the network`);
  }
  const tieIds = new Set<string>();
  ties.forEach((raw, i) => {
    const check = new FieldChecker(`tie ${i + 1}${labelOf(raw)}`, problems);
    if (!check.isRecord(raw)) return;
    validateTie(check, raw, actorIds);
    if (typeof raw.id === 'string') {
      if (tieIds.has(raw.id)) check.problem('id', `repeats "${raw.id}", already used by an earlier tie`);
      tieIds.add(raw.id);
    }
  });

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, network: data as unknown as Network, problems: [] };
}

function labelOf(raw: unknown): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? ` ("${id}")` : '';
}

/** The problems as lines a person can read, at most MAX_PROBLEMS of them. */
export function describeProblems(problems: readonly ValidationProblem[]): string[] {
  const lines = problems.slice(0, MAX_PROBLEMS).map((p) => `${p.where}, ${p.field}: ${p.message}`);
  if (problems.length > MAX_PROBLEMS) lines.push(`…and ${problems.length - MAX_PROBLEMS} more problems`);
  return lines;
}
