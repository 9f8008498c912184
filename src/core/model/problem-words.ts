// The language of the problems found in files. Templates travel as plain data (to the import
// worker, say), so the core formats its own lines; English unless the caller passes other words.

import { fileProblems } from '../../i18n/en/file-problems';
import { problems } from '../../i18n/en/problems';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locales';
import type { Catalogue, Message, Params } from '../../i18n/types';

/** The import problems and those of the app's own files (scenarios, stories, exercises, backups). */
const ENGLISH = { ...problems, ...fileProblems };
const AREAS = ['problems.', 'fileProblems.'];

export type ProblemKey = keyof typeof ENGLISH;
export type ProblemTemplates = Record<ProblemKey, Message>;

export interface ProblemWords {
  locale: Locale;
  templates: ProblemTemplates;
}

export const ENGLISH_PROBLEMS: ProblemWords = { locale: 'en', templates: ENGLISH };

/** The problem templates of a whole catalogue of the interface, with its language. */
export function problemWordsIn(locale: Locale, catalogue: Catalogue): ProblemWords {
  const templates = Object.fromEntries(Object.entries(catalogue).filter(([key]) => AREAS.some((area) => key.startsWith(area))));
  return { locale, templates: templates as ProblemTemplates };
}

/** One template filled in; a template missing from `words` falls back to English. */
export function say(words: ProblemWords, key: ProblemKey, params?: Params): string {
  return formatMessage(words.templates[key] ?? ENGLISH[key], params, words.locale);
}

/** `file: …`: a problem with a file as a whole, or at a place (`file, line 4, column 2`) already named. */
export function inFile(words: ProblemWords, where: string, key: ProblemKey, params?: Params): string {
  return `${where}: ${say(words, key, params)}`;
}

/** `file, line 4: …`: a problem at one line of a file. Line numbers are text, never grouped like counts. */
export function atLine(words: ProblemWords, file: string, line: number, problem: string): string {
  return `${say(words, 'problems.atLine', { file, line: String(line) })}: ${problem}`;
}

/** `first, second and 3 more`: at most `shown` places, then how many others. */
export function listPlaces(words: ProblemWords, places: readonly string[], shown = 5): string {
  const listed = places.slice(0, shown).join(', ');
  return places.length > shown ? say(words, 'problems.andMore', { places: listed, count: places.length - shown }) : listed;
}
