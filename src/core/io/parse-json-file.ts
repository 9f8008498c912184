// The first steps of reading any of the app's JSON files: a size limit, then JSON that names the line of a mistake.

import { ENGLISH_PROBLEMS, say, type ProblemKey, type ProblemWords } from '../model/problem-words';
import { JsonSyntaxError, parseJsonSafely } from './safe-json';

export type ParsedFile = { ok: true; data: unknown } | { ok: false; error: string };

type TooLarge = Extract<ProblemKey, 'fileProblems.tooLarge' | 'fileProblems.storyTooLarge' | 'fileProblems.exercisesTooLarge'>;

/** The parsed data, or one sentence (without the file name) in `words`' language saying why there is none. `tooLarge` names the kind of file in the size message. */
export function parseJsonFile(text: string, maxBytes: number, words: ProblemWords = ENGLISH_PROBLEMS, tooLarge: TooLarge = 'fileProblems.tooLarge'): ParsedFile {
  if (text.length > maxBytes) return { ok: false, error: say(words, tooLarge, { limit: String(maxBytes / 1024 / 1024) }) };
  try {
    return { ok: true, data: parseJsonSafely(text) };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const at = error.line === undefined ? '' : `${say(words, 'fileProblems.lineColumn', { line: String(error.line), column: String(error.column) })}: `;
    return { ok: false, error: `${at}${say(words, 'problems.notValidJson', { detail: error.reason(words) })}` };
  }
}
