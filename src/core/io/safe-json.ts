// JSON parsing that cannot pollute prototypes and reports where the text breaks, by line and column.

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

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

export function parseJsonSafely(text: string): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    if (lineColumn) throw new JsonSyntaxError(message, Number(lineColumn[1]), Number(lineColumn[2]));
    const position = /position (\d+)/.exec(message);
    if (position) {
      const { line, column } = lineColumnAt(text, Number(position[1]));
      throw new JsonSyntaxError(message, line, column);
    }
    throw new JsonSyntaxError(message, undefined, undefined);
  }
}
