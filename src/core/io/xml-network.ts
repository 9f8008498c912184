// The steps GEXF and GraphML share: limits before parsing, and tidying records before assembly.

import { ENGLISH_PROBLEMS, inFile, listPlaces, say, type ProblemWords } from '../model/problem-words';
import { assembleNetwork } from './assemble-network';
import { countMatches, countProblem, sizeProblem } from './limits';
import { refuse, type ImportOptions, type NetworkRead } from './network-read';
import { droppedWarning, type SourceRecord } from './source-record';

/** Size and a cheap count of `<node` and `<edge` tags, before any parsing. */
export function xmlLimitProblems(file: string, text: string, words: ProblemWords): string[] {
  const size = sizeProblem(file, text, words);
  if (size !== undefined) return [size];
  return [
    countProblem(file, 'nodes', countMatches(text, /<(\w+:)?node[\s/>]/), words),
    countProblem(file, 'edges', countMatches(text, /<(\w+:)?edge[\s/>]/), words),
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
  const words = options.words ?? ENGLISH_PROBLEMS;
  if (actors.length === 0 && ties.length === 0) return refuse(file, [inFile(words, file, 'problems.noNodes')]);
  const warnings = droppedWarning(file, dropped, words);
  const places = (records: readonly SourceRecord[]) => listPlaces(words, records.map((r) => r.place));
  const unnamed = actors.filter((a) => !a.fields.has('name') && a.fields.has('id'));
  for (const actor of unnamed) actor.fields.set('name', actor.fields.get('id') as string);
  if (unnamed.length > 0) warnings.push(inFile(words, file, 'problems.unlabelledNodes', { count: unnamed.length, places: places(unnamed) }));
  const loops = new Set(ties.filter((t) => t.fields.has('source') && t.fields.get('source') === t.fields.get('target')));
  if (loops.size > 0) warnings.push(inFile(words, file, 'problems.selfLoops', { count: loops.size, places: places([...loops]) }));
  const kept = loops.size === 0 ? ties : ties.filter((t) => !loops.has(t));
  return assembleNetwork({ file, title, actors, ties: kept, options, warnings });
}

