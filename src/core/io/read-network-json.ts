// Reads a network from JSON text: parse, validate, and name the file and line of every problem.

import type { Network } from '../model/types';
import { describeProblems, validateNetwork, type ValidationProblem } from '../model/validate';
import { JsonSyntaxError, lineColumnAt, parseJsonSafely } from './safe-json';

export type NetworkRead =
  | { ok: true; network: Network }
  | { ok: false; file: string; errors: string[] };

/** Text files larger than this are refused before parsing (50 MB holds ~100,000 actors with evidence). */
export const MAX_NETWORK_BYTES = 50 * 1024 * 1024;

export function readNetworkJson(text: string, file: string): NetworkRead {
  if (text.length > MAX_NETWORK_BYTES) {
    const mb = (text.length / 1024 / 1024).toFixed(1);
    return { ok: false, file, errors: [`${file}: ${mb} MB is larger than the ${MAX_NETWORK_BYTES / 1024 / 1024} MB limit`] };
  }
  let data: unknown;
  try {
    data = parseJsonSafely(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const at = error.line === undefined ? '' : `, line ${error.line}, column ${error.column}`;
    return { ok: false, file, errors: [`${file}${at}: not valid JSON (${error.message})`] };
  }
  const validation = validateNetwork(data);
  if (validation.ok) return { ok: true, network: validation.network };
  const lines = describeProblems(validation.problems);
  const located = validation.problems.slice(0, lines.length).map((p) => lineOfRecord(text, p));
  return {
    ok: false,
    file,
    errors: lines.map((line, i) => (located[i] ? `${file}, line ${located[i]}: ${line}` : `${file}: ${line}`)),
  };
}

/** The line where the faulty record's id appears in the text, if it names one. */
function lineOfRecord(text: string, problem: ValidationProblem): number | undefined {
  const id = /\("(.*)"\)$/.exec(problem.where)?.[1];
  if (id === undefined) return undefined;
  const quoted = JSON.stringify(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`"id"\\s*:\\s*${quoted}`).exec(text);
  return match ? lineColumnAt(text, match.index).line : undefined;
}
