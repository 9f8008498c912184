// Writes one row of metrics per actor, from an Analysis, for a spreadsheet.

import type { Analysis } from '../metrics/analysis';
import type { Network } from '../model/types';
import { csvRow } from './csv-cell';

export const METRIC_COLUMNS = ['degree', 'reach', 'betweenness', 'constraint', 'effectiveSize', 'fragility'] as const;

/** Rows in the Analysis' order; a metric that is n/a (NaN) is an empty cell. */
export function writeMetricsCsv(network: Network, analysis: Analysis): string {
  const actors = new Map(network.actors.map((a) => [a.id, a]));
  const header = ['id', 'name', 'kind', 'country', ...METRIC_COLUMNS];
  const rows = analysis.ids.map((id, i) => {
    const actor = actors.get(id);
    return [id, actor?.name, actor?.kind, actor?.country, ...METRIC_COLUMNS.map((m) => metricValue(analysis, m, i))];
  });
  return [header, ...rows].map(csvRow).join('');
}

/** A metric of actor i, rounded to 6 decimals (more is noise in a spreadsheet); undefined for n/a. */
export function metricValue(analysis: Analysis, metric: (typeof METRIC_COLUMNS)[number], i: number): number | undefined {
  const value = analysis.actors[metric][i];
  if (value === undefined || !Number.isFinite(value)) return undefined;
  return Math.round(value * 1e6) / 1e6;
}
