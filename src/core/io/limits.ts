// How much one import may hold, checked before parsing so that a huge or hostile file is refused cheaply.

/** Text files larger than this are refused before parsing (50 MB holds ~100,000 actors with evidence). */
export const MAX_NETWORK_BYTES = 50 * 1024 * 1024;

/** More actors than this would make the metrics and the layout unusably slow in a browser. */
export const MAX_ACTORS = 50_000;
export const MAX_TIES = 200_000;

/** The file's size problem, if any. Counts UTF-16 units: at least one a byte, so never lenient. */
export function sizeProblem(file: string, text: string): string | undefined {
  if (text.length <= MAX_NETWORK_BYTES) return undefined;
  const mb = (text.length / 1024 / 1024).toFixed(1);
  return `${file}: ${mb} MB is larger than the ${MAX_NETWORK_BYTES / 1024 / 1024} MB limit`;
}

/** `what` is "actors" or "ties"; `unit` says what was counted when it was a cheap estimate. */
export function countProblem(file: string, what: 'actors' | 'ties', count: number, unit: string = what): string | undefined {
  const max = what === 'actors' ? MAX_ACTORS : MAX_TIES;
  if (count <= max) return undefined;
  return `${file}: ${count.toLocaleString('en')} ${unit} is more than the limit of ${max.toLocaleString('en')} ${what}`;
}

/** Occurrences of a pattern, counted without building an array of matches. */
export function countMatches(text: string, pattern: RegExp): number {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  let count = 0;
  while (global.exec(text) !== null) count++;
  return count;
}
