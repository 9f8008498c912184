// A repair note about a stored value, which may be absent altogether.

import { say, type ProblemKey, type ProblemWords } from '../core/model/problem-words';

/** `given` worded with the value as JSON, or `missing` when there is no value to show. */
export function valueOrMissing(words: ProblemWords, value: unknown, given: ProblemKey, missing: ProblemKey): string {
  const json = JSON.stringify(value);
  return json === undefined ? say(words, missing) : say(words, given, { value: json });
}
