// Builds a network from source records of any format: ids, defaults, facilitator, then validation.

import { SCHEMA_VERSION } from '../model/types';
import { rawActor, rawTie, type RawRecord } from './build-records';
import { chooseFacilitator } from './choose-facilitator';
import { DEFAULT_ACTOR_KIND, DEFAULT_COUNTRY, DEFAULT_TIE_KIND, DefaultsLog, levelForCountry } from './defaults-log';
import { countProblem } from './limits';
import { locateProblems } from './locate-problems';
import { capLines } from '../model/validate';
import { ENGLISH_PROBLEMS, inFile } from '../model/problem-words';
import { IdMaker, slugOf } from './name-ids';
import { refuse, type ImportOptions, type NetworkRead } from './network-read';
import type { SourceRecord } from './source-record';
import { validateImport } from './validate-import';

export interface Assembly {
  /** Names the import as a whole: in network-level messages and in a failure's `file`. */
  file: string;
  title: string;
  actors: readonly SourceRecord[];
  ties: readonly SourceRecord[];
  options: ImportOptions;
  /** Warnings the format reader already has. */
  warnings: readonly string[];
}

export function assembleNetwork(input: Assembly): NetworkRead {
  const { file } = input;
  const words = input.options.words ?? ENGLISH_PROBLEMS;
  const limits = [countProblem(file, 'actors', input.actors.length, words), countProblem(file, 'ties', input.ties.length, words)];
  const overLimit = limits.filter((p): p is string => p !== undefined);
  if (overLimit.length > 0) return refuse(file, overLimit);
  if (input.actors.length === 0) return refuse(file, [inFile(words, file, 'problems.noActors')]);

  const log = new DefaultsLog();
  const actors = input.actors.map(rawActor);
  const actorIds = new IdMaker(actors.flatMap((a) => (typeof a.id === 'string' ? [a.id] : [])));
  actors.forEach((actor, i) => {
    if (actor.id === undefined && typeof actor.name === 'string') actor.id = actorIds.make(slugOf(actor.name));
    fillActorDefaults(actor, input.actors[i] as SourceRecord, log);
  });

  const ties = input.ties.map(rawTie);
  resolveEnds(ties, actors);
  const tieIds = new IdMaker(ties.flatMap((t) => (typeof t.id === 'string' ? [t.id] : [])), '--');
  ties.forEach((tie, i) => {
    const source = input.ties[i] as SourceRecord;
    if (tie.kind === undefined) {
      tie.kind = DEFAULT_TIE_KIND;
      log.note(source.file, 'tie', 'kind', DEFAULT_TIE_KIND, source.place);
    }
    if (tie.id === undefined) {
      const pair = `${String(tie.source ?? 'unknown')}--${String(tie.target ?? 'unknown')}`;
      tie.id = tieIds.make(pair, `${pair}--${String(tie.kind)}`);
    }
  });

  const facilitator = chooseFacilitator(file, actors, input.actors, ties, input.options.facilitator, words);
  const network = {
    schemaVersion: SCHEMA_VERSION,
    title: input.title,
    facilitator: facilitator.id ?? '',
    actors: actors.map((a) => inOrder(a, ACTOR_ORDER)),
    ties: ties.map((t) => inOrder(t, TIE_ORDER)),
  };
  const validation = validateImport(network, words);
  // A facilitator that could not be chosen is already explained; validation would only repeat it.
  const problems = validation.ok ? [] : validation.problems.filter((p) => !(facilitator.errors.length > 0 && p.record === undefined && p.field === 'facilitator'));
  const errors = [...facilitator.errors, ...locateProblems(problems, input.actors, input.ties, file)];
  if (!validation.ok || errors.length > 0) return refuse(file, capLines(errors, words));
  return { ok: true, network: validation.network, warnings: [...input.warnings, ...log.warnings(words), ...facilitator.warnings] };
}

const ACTOR_ORDER = ['id', 'name', 'short', 'kind', 'country', 'level', 'community', 'capacity', 'since', 'memberCount', 'note', 'evidence', 'extra'];
const TIE_ORDER = ['id', 'source', 'target', 'kind', 'since', 'until', 'note', 'evidence', 'extra'];

/** The same record with its keys in the order of data/README.md, so every import exports alike. */
function inOrder(record: RawRecord, order: readonly string[]): RawRecord {
  const ordered: RawRecord = {};
  for (const key of order) if (record[key] !== undefined) ordered[key] = record[key];
  for (const key of Object.keys(record)) if (!Object.hasOwn(ordered, key)) ordered[key] = record[key];
  return ordered;
}

function fillActorDefaults(actor: RawRecord, source: SourceRecord, log: DefaultsLog): void {
  if (actor.kind === undefined) {
    actor.kind = DEFAULT_ACTOR_KIND;
    log.note(source.file, 'actor', 'kind', DEFAULT_ACTOR_KIND, source.place);
  }
  if (actor.country === undefined) {
    actor.country = DEFAULT_COUNTRY;
    log.note(source.file, 'actor', 'country', DEFAULT_COUNTRY, source.place);
  }
  if (actor.level === undefined) {
    actor.level = levelForCountry(actor.country);
    log.note(source.file, 'actor', 'level', actor.level as string, source.place);
  }
}

/** A tie may name its ends by id or, as people write spreadsheets, by the actor's name. */
function resolveEnds(ties: RawRecord[], actors: readonly RawRecord[]): void {
  const ids = new Set(actors.map((a) => a.id));
  const byName = new Map<string, unknown>();
  for (const actor of actors) {
    if (typeof actor.name === 'string' && !byName.has(actor.name.toLowerCase())) byName.set(actor.name.toLowerCase(), actor.id);
  }
  for (const tie of ties) {
    for (const end of ['source', 'target'] as const) {
      const value = tie[end];
      if (typeof value === 'string' && !ids.has(value) && byName.has(value.toLowerCase())) tie[end] = byName.get(value.toLowerCase());
    }
  }
}
