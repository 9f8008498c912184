// The first steps of reading a GEXF or GraphML file: limits, safe parsing, the expected root and its <graph>.

import { ENGLISH_PROBLEMS, inFile, type ProblemWords } from '../model/problem-words';
import { childElements, parseXml, type Element } from './xml-document';
import { refuse, withoutBom, type ImportFile, type NetworkRead } from './network-read';
import { xmlLimitProblems } from './xml-network';

export type OpenedGraph = { ok: true; root: Element; graph: Element; words: ProblemWords } | { ok: false; refusal: NetworkRead };

export function openXmlGraph(input: ImportFile, rootName: 'gexf' | 'graphml', words: ProblemWords = ENGLISH_PROBLEMS): OpenedGraph {
  const file = input.name;
  const text = withoutBom(input.text);
  const fail = (errors: string[]): OpenedGraph => ({ ok: false, refusal: refuse(file, errors) });
  const limits = xmlLimitProblems(file, text, words);
  if (limits.length > 0) return fail(limits);
  const parsed = parseXml(file, text, words);
  if (!parsed.ok) return fail(parsed.errors);
  const root = parsed.root;
  if (root.localName !== rootName) return fail([inFile(words, file, 'problems.wrongRoot', { expected: rootName, found: root.tagName })]);
  const graph = childElements(root, 'graph')[0];
  if (graph === undefined) return fail([inFile(words, file, 'problems.noGraph', { root: rootName })]);
  return { ok: true, root, graph, words };
}
