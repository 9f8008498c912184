// Writes actors and ties as CSV tables that readNetworkFiles reads back to the same network.

import type { Actor, Network, Tie } from '../model/types';
import { csvRow } from './csv-cell';
import { extraColumnOf, type Table } from './field-names';

const ACTOR_COLUMNS = ['id', 'name', 'short', 'kind', 'country', 'level', 'community', 'capacity', 'since', 'memberCount', 'note'] as const;
const TIE_COLUMNS = ['id', 'source', 'target', 'kind', 'since', 'until', 'note'] as const;

/**
 * One row per actor. The facilitator is marked in a `facilitator` column; evidence travels as
 * JSON text; `extra` keys become columns of their own (prefixed `extra.` only where the bare
 * name would be read as a field).
 */
export function writeActorsCsv(network: Network): string {
  return table('actor', network.actors, ACTOR_COLUMNS, (actor) => (actor.id === network.facilitator ? 'yes' : undefined), 'facilitator');
}

export function writeTiesCsv(network: Network): string {
  return table('tie', network.ties, TIE_COLUMNS, () => undefined);
}

function table<T extends Actor | Tie>(
  kind: Table,
  records: readonly T[],
  columns: ReadonlyArray<keyof T & string>,
  mark: (record: T) => string | undefined,
  markColumn?: string,
): string {
  const extraKeys = [...new Set(records.flatMap((r) => Object.keys(r.extra ?? {})))];
  const hasEvidence = records.some((r) => r.evidence !== undefined);
  const header = [
    ...columns,
    ...(markColumn === undefined ? [] : [markColumn]),
    ...(hasEvidence ? ['evidence'] : []),
    ...extraKeys.map((key) => extraColumnOf(kind, key)),
  ];
  const rows = records.map((record) => [
    ...columns.map((column) => record[column] as string | number | undefined),
    ...(markColumn === undefined ? [] : [mark(record)]),
    ...(hasEvidence ? [record.evidence === undefined ? undefined : JSON.stringify(record.evidence)] : []),
    ...extraKeys.map((key) => record.extra?.[key]),
  ]);
  return [header, ...rows].map(csvRow).join('');
}
