// One entry point for imports: picks the reader by file name (and, for CSV, by header).

import { tableOf } from './csv-records';
import { parseCsvTable } from './csv-table';
import { refuse, withoutBom, type ImportFile, type ImportOptions, type NetworkRead } from './network-read';
import { readCsvNetwork } from './read-csv-network';
import { readCsvTieList } from './read-csv-tie-list';
import { readGexf } from './read-gexf';
import { readGraphml } from './read-graphml';
import { readNetworkJson } from './read-network-json';
import { sizeProblem } from './limits';

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
  if (first === undefined) return refuse('', ['no file was given']);
  if (files.length > 2) return refuse(first.name, [`${files.map((f) => f.name).join(', ')}: give one network file, or two CSV files (actors and ties)`]);
  if (second !== undefined) return readCsvPair(first, second, options);
  switch (formatOf(first)) {
    case 'json':
      return readNetworkJson(first.text, first.name);
    case 'gexf':
      return readGexf(first, options);
    case 'graphml':
      return readGraphml(first, options);
    case 'csv':
      if (tableOf(parseCsvTable(first.name, headerOnly(withoutBom(first.text))).header) === 'actor') {
        return refuse(first.name, [`${first.name}: looks like a list of actors (it has no source and target columns); choose it together with its ties file`]);
      }
      return readCsvTieList(first, options);
    default:
      return refuse(first.name, [`${first.name}: cannot tell the format; use a .json, .csv, .gexf, .graphml or .xml file`]);
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

function readCsvPair(a: ImportFile, b: ImportFile, options: ImportOptions): NetworkRead {
  const both = `${a.name} and ${b.name}`;
  if (formatOf(a) !== 'csv' || formatOf(b) !== 'csv') return refuse(a.name, [`${both}: two files must both be CSV, one of actors and one of ties`]);
  const size = [sizeProblem(a.name, a.text), sizeProblem(b.name, b.text)].filter((p): p is string => p !== undefined);
  if (size.length > 0) return refuse(a.name, size);
  const kinds = [a, b].map((f) => tableOf(parseCsvTable(f.name, headerOnly(withoutBom(f.text))).header));
  if (kinds[0] === 'tie' && kinds[1] === 'actor') return readCsvNetwork(b, a, options);
  if (kinds[0] === 'actor' && kinds[1] === 'tie') return readCsvNetwork(a, b, options);
  return refuse(a.name, [
    `${both}: expected one actors file (with a name column) and one ties file (with source and target columns); ${describe(a.name, kinds[0])}, ${describe(b.name, kinds[1])}`,
  ]);
}

/** The first few lines are enough to read a header (even one with quoted line breaks, within reason). */
function headerOnly(text: string): string {
  return text.slice(0, 20_000);
}

function describe(name: string, kind: 'actor' | 'tie' | undefined): string {
  return `${name} looks like ${kind === 'tie' ? 'a ties file' : kind === 'actor' ? 'an actors file' : 'neither'}`;
}
