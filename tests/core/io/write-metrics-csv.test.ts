import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { analyse } from '../../../src/core/metrics/analyse';
import { writeMetricsCsv } from '../../../src/core/io/write-metrics-csv';
import { smallNetwork } from '../../fixtures/load';

describe('writeMetricsCsv', () => {
  it('writeMetricsCsv writes one row per actor with its metrics, n/a as an empty cell', () => {
    const network = smallNetwork();
    const analysis = analyse(network);
    const rows = Papa.parse<string[]>(writeMetricsCsv(network, analysis).trim()).data;
    expect(rows[0]).toEqual(['id', 'name', 'kind', 'country', 'degree', 'reach', 'betweenness', 'constraint', 'effectiveSize', 'fragility']);
    expect(rows).toHaveLength(network.actors.length + 1);
    const wn = rows.find((r) => r[0] === 'wn');
    expect(wn?.slice(0, 5)).toEqual(['wn', "Women's Network", 'network', 'Kosovo', '3']);
    const i = analysis.ids.indexOf('police');
    expect(Number.isNaN(analysis.actors.reach[i])).toBe(true);
    expect(rows.find((r) => r[0] === 'police')?.[5]).toBe('');
  });

  it('writeMetricsCsv rounds to six decimals and escapes names a spreadsheet would run', () => {
    const network = smallNetwork();
    network.actors[0]!.name = '@SUM(1)';
    const text = writeMetricsCsv(network, analyse(network));
    expect(text).toContain(`fac,'@SUM(1),un,regional,`);
    expect(text).not.toMatch(/\d\.\d{7,}/);
  });
});
