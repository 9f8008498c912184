// JSON parsing that cannot pollute prototypes and reports where the text breaks, by line and column.

import { jsonErrorOffset } from './json-error-offset';
import { isReservedKey } from './reserved-keys';

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
    readonly column: number | undefined,
  ) {
    super(message);
    this.name = 'JsonSyntaxError';
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
    throw new JsonSyntaxError(describeOffending(text, offset), line, column);
  }
}

function describeOffending(text: string, offset: number): string {
  if (offset >= text.length) return 'the text ends too early';
  const code = text.codePointAt(offset) ?? 0;
  if (code === 10 || code === 13) return 'unexpected line break';
  const shown = code < 0x20 || code === 0x7f ? `character U+${code.toString(16).toUpperCase().padStart(4, '0')}` : JSON.stringify(String.fromCodePoint(code));
  return `unexpected ${shown}`;
}
