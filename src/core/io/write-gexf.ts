// Writes a network as GEXF 1.2 for Gephi: kinds, countries, years, extras and, if given, metrics as attributes.

import type { Analysis } from '../metrics/analysis';
import type { Actor, Network, Tie } from '../model/types';
import { extraColumnOf, type Table } from './field-names';
import { METRIC_PREFIX } from './read-gexf';
import { METRIC_COLUMNS, metricValue } from './write-metrics-csv';
import { xmlText } from './xml-text';

type GexfType = 'string' | 'integer' | 'double' | 'boolean';
interface Column<T> {
  title: string;
  type: GexfType;
  value: (record: T) => string | number | undefined;
}

const field = <T>(title: keyof T & string, type: GexfType = 'string'): Column<T> => ({
  title,
  type,
  value: (record) => record[title] as string | number | undefined,
});

/**
 * Nodes carry the actor's fields as attributes titled by field name, `facilitator` (true on
 * the facilitator), evidence as JSON text, and extra keys; with an Analysis, `metric.reach` and
 * the like, which readGexf skips. The title goes to meta/description. readGexf reads it all back.
 */
export function writeGexf(network: Network, analysis?: Analysis): string {
  const metricIndex = new Map(analysis?.ids.map((id, i) => [id, i]));
  const actorColumns: Array<Column<Actor>> = [
    ...(['short', 'kind', 'country', 'level', 'community', 'capacity'] as const).map((f) => field<Actor>(f)),
    field<Actor>('since', 'integer'),
    field<Actor>('memberCount', 'integer'),
    field<Actor>('note'),
    { title: 'facilitator', type: 'boolean', value: (a) => (a.id === network.facilitator ? 'true' : undefined) },
    ...evidenceAndExtra('actor', network.actors),
    ...(analysis === undefined ? [] : METRIC_COLUMNS.map((m): Column<Actor> => ({
      title: METRIC_PREFIX + m,
      type: 'double',
      value: (a) => metricValue(analysis, m, metricIndex.get(a.id) ?? -1),
    }))),
  ];
  const tieColumns: Array<Column<Tie>> = [field<Tie>('kind'), field<Tie>('since', 'integer'), field<Tie>('until', 'integer'), field<Tie>('note'), ...evidenceAndExtra('tie', network.ties)];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
    '  <meta>',
    '    <creator>Bridgework</creator>',
    `    <description>${xmlText(network.title)}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="undirected">',
    ...declare('node', actorColumns),
    ...declare('edge', tieColumns),
    '    <nodes>',
    ...network.actors.map((a) => element('node', `id="${xmlText(a.id)}" label="${xmlText(a.name)}"`, values(actorColumns, a))),
    '    </nodes>',
    '    <edges>',
    ...network.ties.map((t) => element('edge', `id="${xmlText(t.id)}" source="${xmlText(t.source)}" target="${xmlText(t.target)}" label="${xmlText(t.kind)}"`, values(tieColumns, t))),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
  return lines.join('\n') + '\n';
}

function evidenceAndExtra<T extends Actor | Tie>(table: Table, records: readonly T[]): Array<Column<T>> {
  const extraKeys = [...new Set(records.flatMap((r) => Object.keys(r.extra ?? {})))];
  const hasEvidence = records.some((r) => r.evidence !== undefined);
  return [
    ...(hasEvidence ? [{ title: 'evidence', type: 'string' as const, value: (r: T) => (r.evidence === undefined ? undefined : JSON.stringify(r.evidence)) }] : []),
    ...extraKeys.map((key) => ({ title: extraColumnOf(table, key), type: 'string' as const, value: (r: T) => r.extra?.[key] })),
  ];
}

/** Numeric ids, as in the GEXF primer: some readers take a non-numeric id, not the title, for the name. */
function declare<T>(kind: string, columns: ReadonlyArray<Column<T>>): string[] {
  return [
    `    <attributes class="${kind}">`,
    ...columns.map((c, i) => `      <attribute id="${i}" title="${xmlText(c.title)}" type="${c.type}"/>`),
    '    </attributes>',
  ];
}

function values<T>(columns: ReadonlyArray<Column<T>>, record: T): string[] {
  return columns.flatMap((c, i) => {
    const value = c.value(record);
    return value === undefined ? [] : [`<attvalue for="${i}" value="${xmlText(value)}"/>`];
  });
}

function element(tag: string, attributes: string, attvalues: readonly string[]): string {
  if (attvalues.length === 0) return `      <${tag} ${attributes}/>`;
  return [`      <${tag} ${attributes}>`, '        <attvalues>', ...attvalues.map((v) => `          ${v}`), '        </attvalues>', `      </${tag}>`].join('\n');
}
