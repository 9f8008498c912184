// One entry point for imports: picks the reader by file name (and, for CSV, by header).

import { tableOf } from './csv-records';
import type { Table } from './field-names';
import { parseCsvTable } from './csv-table';
import { refuse, withoutBom, type ImportFile, type ImportOptions, type NetworkRead } from './network-read';
import { readCsvNetwork } from './read-csv-network';
import { readCsvTieList } from './read-csv-tie-list';
import { readGexf } from './read-gexf';
import { readGraphml } from './read-graphml';
import { readNetworkJson } from './read-network-json';
import { sizeProblem } from './limits';
import { ENGLISH_PROBLEMS, inFile, say, type ProblemWords } from '../model/problem-words';

export type ImportFormat = 'json' | 'csv' | 'gexf' | 'graphml';

const EXTENSIONS: Record<string, ImportFormat> = { json: 'json', csv: 'csv', tsv: 'csv', gexf: 'gexf', graphml: 'graphml' };

/** One file: JSON, GEXF, GraphML, XML holding either, or a CSV list of ties between named actors. */
export function readNetworkFile(name: string, text: string, options: ImportOptions = {}): NetworkRead {
  return readNetworkFiles([{ name, text }], options);
}

/**
 * One file as readNetworkFile, or two CSV files: actors and ties, in either order, told apart
 * by their headers (a ties file has source and target columns). Never throws on bad input.
 */
export function readNetworkFiles(files: readonly ImportFile[], options: ImportOptions = {}): NetworkRead {
  const [first, second] = files;
  const words = options.words ?? ENGLISH_PROBLEMS;
  if (first === undefined) return refuse('', [say(words, 'problems.noFile')]);
  if (files.length > 2) return refuse(first.name, [inFile(words, files.map((f) => f.name).join(', '), 'problems.tooManyFiles')]);
  if (second !== undefined) return readCsvPair(first, second, options, words);
  switch (formatOf(first)) {
    case 'json':
      return readNetworkJson(first.text, first.name, words);
    case 'gexf':
      return readGexf(first, options);
    case 'graphml':
      return readGraphml(first, options);
    case 'csv':
      if (tableIn(first, words) === 'actor') return refuse(first.name, [inFile(words, first.name, 'problems.actorsWithoutTies')]);
      return readCsvTieList(first, options);
    default:
      return refuse(first.name, [inFile(words, first.name, 'problems.unknownFormat')]);
  }
}

/** By extension; .xml and unknown extensions by their first characters. */
export function formatOf(file: ImportFile): ImportFormat | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(file.name.trim())?.[1]?.toLowerCase() ?? '';
  if (Object.hasOwn(EXTENSIONS, extension)) return EXTENSIONS[extension];
  const start = withoutBom(file.text.slice(0, 2000)).trimStart();
  if (start.startsWith('{')) return 'json';
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(\w+:)?gexf[\s>]/.test(start)) return 'gexf';
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(\w+:)?graphml[\s>]/.test(start)) return 'graphml';
  return undefined;
}

function readCsvPair(a: ImportFile, b: ImportFile, options: ImportOptions, words: ProblemWords): NetworkRead {
  const both = say(words, 'problems.twoFiles', { first: a.name, second: b.name });
  if (formatOf(a) !== 'csv' || formatOf(b) !== 'csv') return refuse(a.name, [inFile(words, both, 'problems.pairNotCsv')]);
  const size = [sizeProblem(a.name, a.text, words), sizeProblem(b.name, b.text, words)].filter((p): p is string => p !== undefined);
  if (size.length > 0) return refuse(a.name, size);
  const kinds = [a, b].map((f) => tableIn(f, words));
  if (kinds[0] === 'tie' && kinds[1] === 'actor') return readCsvNetwork(b, a, options);
  if (kinds[0] === 'actor' && kinds[1] === 'tie') return readCsvNetwork(a, b, options);
  const looks = (name: string, kind: Table | undefined) => say(words, LOOKS_LIKE[kind ?? 'neither'], { file: name });
  return refuse(a.name, [inFile(words, both, 'problems.pairKinds', { first: looks(a.name, kinds[0]), second: looks(b.name, kinds[1]) })]);
}

const LOOKS_LIKE = { tie: 'problems.looksLikeTies', actor: 'problems.looksLikeActors', neither: 'problems.looksLikeNeither' } as const;

/** Actors or ties, by the header; the first few lines are enough to read it (even with quoted line breaks, within reason). */
function tableIn(file: ImportFile, words: ProblemWords): Table | undefined {
  return tableOf(parseCsvTable(file.name, withoutBom(file.text).slice(0, 20_000), words).header);
}
