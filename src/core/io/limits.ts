// How much one import may hold, checked before parsing so that a huge or hostile file is refused cheaply.

import { formatNumber } from '../../i18n/numbers';
import { inFile, type ProblemKey, type ProblemWords } from '../model/problem-words';

/** Text files larger than this are refused before parsing (50 MB holds ~100,000 actors with evidence). */
export const MAX_NETWORK_BYTES = 50 * 1024 * 1024;

/** More actors than this would make the metrics and the layout unusably slow in a browser. */
export const MAX_ACTORS = 50_000;
export const MAX_TIES = 200_000;

/** The file's size problem, if any. Counts UTF-16 units: at least one a byte, so never lenient. */
export function sizeProblem(file: string, text: string, words: ProblemWords): string | undefined {
  if (text.length <= MAX_NETWORK_BYTES) return undefined;
  const size = formatNumber(text.length / 1024 / 1024, words.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return inFile(words, file, 'problems.tooLarge', { size, limit: MAX_NETWORK_BYTES / 1024 / 1024 });
}

/** What was counted: actors or ties themselves, or a cheap estimate of them (lines of a CSV file, XML tags). */
export type Counted = 'actors' | 'ties' | 'actorLines' | 'tieLines' | 'nodes' | 'edges';

const COUNT_LIMITS: Record<Counted, { key: ProblemKey; max: number }> = {
  actors: { key: 'problems.tooManyActors', max: MAX_ACTORS },
  actorLines: { key: 'problems.tooManyActorLines', max: MAX_ACTORS },
  nodes: { key: 'problems.tooManyNodes', max: MAX_ACTORS },
  ties: { key: 'problems.tooManyTies', max: MAX_TIES },
  tieLines: { key: 'problems.tooManyTieLines', max: MAX_TIES },
  edges: { key: 'problems.tooManyEdges', max: MAX_TIES },
};

export function countProblem(file: string, counted: Counted, count: number, words: ProblemWords): string | undefined {
  const { key, max } = COUNT_LIMITS[counted];
  if (count <= max) return undefined;
  return inFile(words, file, key, { count, max });
}

/** Occurrences of a pattern, counted without building an array of matches. */
export function countMatches(text: string, pattern: RegExp): number {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  let count = 0;
  while (global.exec(text) !== null) count++;
  return count;
}
