// The first steps of reading any of the app's JSON files: a size limit, then JSON that names the line of a mistake.

import { JsonSyntaxError, parseJsonSafely } from './safe-json';

export type ParsedFile = { ok: true; data: unknown } | { ok: false; error: string };

/** The parsed data, or one sentence (without the file name) saying why there is none. `what` names the kind of file in the size message. */
export function parseJsonFile(text: string, maxBytes: number, what?: string): ParsedFile {
  if (text.length > maxBytes) return { ok: false, error: `larger than the ${maxBytes / 1024 / 1024} MB limit${what ? ` for ${what}` : ''}` };
  try {
    return { ok: true, data: parseJsonSafely(text) };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const at = error.line === undefined ? '' : `line ${error.line}, column ${error.column}: `;
    return { ok: false, error: `${at}not valid JSON (${error.message})` };
  }
}
