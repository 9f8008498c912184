// JSON parsing that cannot pollute prototypes and reports where the text breaks, by line and column.

import { ENGLISH_PROBLEMS, say, type ProblemKey, type ProblemWords } from '../model/problem-words';
import { jsonErrorOffset } from './json-error-offset';
import { isReservedKey } from './reserved-keys';

/** What is wrong at the offending character, as a problem template: importers word it in the interface's language. */
export interface JsonFault {
  key: ProblemKey;
  params?: { character: string };
}

export class JsonSyntaxError extends Error {
  /** The message is English; `fault` says the same for other languages, when our scanner found the place. */
  constructor(
    message: string,
    readonly line: number | undefined,
    readonly column: number | undefined,
    readonly fault?: JsonFault,
  ) {
    super(message);
    this.name = 'JsonSyntaxError';
  }

  /** What is wrong, in `words`' language; the engine's own words when our scanner did not find the place. */
  reason(words: ProblemWords): string {
    return this.fault ? say(words, this.fault.key, this.fault.params) : this.message;
  }
}

/** Line and column (both from 1) of a character offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Parses JSON, dropping `__proto__`, `constructor` and `prototype` keys wherever they occur.
 * Throws JsonSyntaxError naming line and column; its message is the same on every engine, since
 * the position comes from our own scanner (Node 20 omits it for an unexpected token).
 */
export function parseJsonSafely(text: string): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => (isReservedKey(key) ? undefined : value));
  } catch (error) {
    const offset = jsonErrorOffset(text);
    if (offset < 0) {
      // The scanner found nothing (an engine limit, say): pass on the engine's own words.
      throw new JsonSyntaxError(error instanceof Error ? error.message : String(error), undefined, undefined);
    }
    const { line, column } = lineColumnAt(text, offset);
    const fault = faultAt(text, offset);
    throw new JsonSyntaxError(say(ENGLISH_PROBLEMS, fault.key, fault.params), line, column, fault);
  }
}

function faultAt(text: string, offset: number): JsonFault {
  if (offset >= text.length) return { key: 'problems.jsonEndsEarly' };
  const code = text.codePointAt(offset) ?? 0;
  if (code === 10 || code === 13) return { key: 'problems.jsonLineBreak' };
  if (code < 0x20 || code === 0x7f) return { key: 'problems.jsonUnexpectedControl', params: { character: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` } };
  return { key: 'problems.jsonUnexpected', params: { character: JSON.stringify(String.fromCodePoint(code)) } };
}
