// The readable summary `npm run metrics` prints: headline numbers, group bars, top actors.

import type { Analysis } from '../core/metrics';
import type { Network } from '../core/model/types';

const percent = (x: number | null): string => (x === null ? 'n/a' : `${(100 * x).toFixed(1)}%`);

/** A 20-character text bar for a fraction, blank-filled for n/a. */
function bar(x: number | null): string {
  if (x === null) return '·'.repeat(20);
  const full = Math.round(20 * x);
  return '█'.repeat(full) + '░'.repeat(20 - full);
}

function bars(title: string, groups: Record<string, number | null>): string[] {
  const names = Object.keys(groups).sort();
  const width = Math.max(...names.map((g) => g.length), 10);
  return [title, ...names.map((g) => `  ${g.padEnd(width)}  ${bar(groups[g]!)}  ${percent(groups[g]!).padStart(6)}`)];
}

/** The summary of one analysed network, naming actors by their short name where they have one. */
export function summary(network: Network, analysis: Analysis, file: string, top = 10): string {
  const names = new Map(network.actors.map((a) => [a.id, a.short ?? a.name]));
  const label = (id: string) => {
    const text = `${names.get(id) ?? id} (${id})`;
    return text.length > 48 ? `${text.slice(0, 47)}…` : text;
  };
  const { k, cutOff } = analysis;
  const lines = [
    `${network.title}`,
    `${file}: ${analysis.ids.length} actors, ${analysis.tieCount} tied pairs, ${analysis.components.count} components; ` +
      `k = ${k}; facilitator: ${analysis.facilitator === null ? 'none' : label(analysis.facilitator)}`,
    '',
    `Reach                      ${percent(analysis.reach).padStart(6)}  decision-makers a civil-society actor reaches within ${k} steps, on average`,
    `Inclusion                  ${percent(analysis.inclusion).padStart(6)}  least included: ${analysis.leastIncluded ?? 'n/a'}`,
    `Overlap                    ${percent(analysis.overlap).padStart(6)}  partners' contacts that two or more partners share`,
    `Reach without facilitator  ${percent(analysis.reachWithoutFacilitator).padStart(6)}`,
    `Cut off                    ${cutOff.count} of ${cutOff.total} civil-society actors (${percent(cutOff.share)}) reach no decision-maker within ${k} steps`,
    '',
    ...bars('Reach by community', analysis.groups),
    '',
    ...bars('Reach by country', analysis.countries),
    '',
    `Top ${top} actors by betweenness`,
  ];
  const { betweenness: between, constraint } = analysis.actors;
  const ids = analysis.ids;
  const order = ids.map((_, i) => i).sort((a, b) => between[b]! - between[a]! || (ids[a]! < ids[b]! ? -1 : 1));
  order.slice(0, top).forEach((i, rank) => {
    const b = between[i]!;
    const c = constraint[i]!;
    lines.push(
      `  ${String(rank + 1).padStart(2)}. ${label(analysis.ids[i]!).padEnd(48)} betweenness ${b.toFixed(3)}  constraint ${Number.isNaN(c) ? 'n/a' : c.toFixed(3)}`,
    );
  });
  if (analysis.fragility) {
    lines.push('', `Most fragile (drop in Reach when the actor is removed)`);
    for (const { id, drop } of analysis.fragility.slice(0, 5)) {
      lines.push(`  ${label(id).padEnd(48)} ${(100 * drop).toFixed(1).padStart(6)} points`);
    }
  }
  return lines.join('\n');
}
