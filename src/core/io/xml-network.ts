// The steps GEXF and GraphML share: limits before parsing, and tidying records before assembly.

import { assembleNetwork } from './assemble-network';
import { countMatches, countProblem, sizeProblem } from './limits';
import { refuse, type ImportOptions, type NetworkRead } from './network-read';
import { droppedWarning, type SourceRecord } from './source-record';

/** Size and a cheap count of `<node` and `<edge` tags, before any parsing. */
export function xmlLimitProblems(file: string, text: string): string[] {
  const size = sizeProblem(file, text);
  if (size !== undefined) return [size];
  return [
    countProblem(file, 'actors', countMatches(text, /<(\w+:)?node[\s/>]/), '<node> elements'),
    countProblem(file, 'ties', countMatches(text, /<(\w+:)?edge[\s/>]/), '<edge> elements'),
  ].filter((p): p is string => p !== undefined);
}

export interface XmlRecords {
  file: string;
  title: string;
  actors: SourceRecord[];
  ties: SourceRecord[];
  dropped: Set<string>;
  options: ImportOptions;
}

/**
 * Graph files often leave nodes unlabelled and hold self-loops, which Bridgework cannot show:
 * the id becomes the name, self-loops are left out, and warnings say so.
 */
export function assembleXml({ file, title, actors, ties, dropped, options }: XmlRecords): NetworkRead {
  if (actors.length === 0 && ties.length === 0) return refuse(file, [`${file}: no nodes were found`]);
  const warnings = droppedWarning(file, dropped);
  const unnamed = actors.filter((a) => !a.fields.has('name') && a.fields.has('id'));
  for (const actor of unnamed) actor.fields.set('name', actor.fields.get('id') as string);
  if (unnamed.length > 0) warnings.push(`${file}: ${unnamed.length} node${unnamed.length > 1 ? 's have' : ' has'} no label (${listPlaces(unnamed)}); the id was taken as the name`);
  const loops = new Set(ties.filter((t) => t.fields.has('source') && t.fields.get('source') === t.fields.get('target')));
  if (loops.size > 0) warnings.push(`${file}: left out ${loops.size} edge${loops.size > 1 ? 's' : ''} from a node to itself (${listPlaces([...loops])})`);
  const kept = loops.size === 0 ? ties : ties.filter((t) => !loops.has(t));
  return assembleNetwork({ file, title, actors, ties: kept, options, warnings });
}

function listPlaces(records: readonly SourceRecord[]): string {
  const shown = records.slice(0, 5).map((r) => r.place).join(', ');
  return records.length > 5 ? `${shown} and ${records.length - 5} more` : shown;
}
