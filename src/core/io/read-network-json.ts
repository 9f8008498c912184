// Reads a network from JSON text: parse, validate, and name the file and line of every problem.

import { describeProblems, type ValidationProblem } from '../model/validate';
import { atLine, ENGLISH_PROBLEMS, inFile, say, type ProblemWords } from '../model/problem-words';
import { countProblem, sizeProblem } from './limits';
import { refuse, withoutBom, type NetworkRead } from './network-read';
import { JsonSyntaxError, lineColumnAt, parseJsonSafely } from './safe-json';
import { validateImport } from './validate-import';

export type { NetworkRead } from './network-read';
export { MAX_NETWORK_BYTES } from './limits';

/**
 * The format is data/README.md's. A file written by writeNetworkJson may also carry
 * `scenarios`: they are handed back as they are, outside the network, for the scenario layer.
 */
export function readNetworkJson(input: string, file: string, words: ProblemWords = ENGLISH_PROBLEMS): NetworkRead {
  const size = sizeProblem(file, input, words);
  if (size !== undefined) return refuse(file, [size]);
  const text = withoutBom(input);
  let data: unknown;
  try {
    data = parseJsonSafely(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const at = error.line === undefined ? file : say(words, 'problems.atLineColumn', { file, line: String(error.line), column: String(error.column) });
    return refuse(file, [inFile(words, at, 'problems.notValidJson', { detail: error.reason(words) })]);
  }
  const { scenarios, counts } = takeScenarios(data);
  const limits = [countProblem(file, 'actors', counts.actors, words), countProblem(file, 'ties', counts.ties, words)];
  const overLimit = limits.filter((p): p is string => p !== undefined);
  if (overLimit.length > 0) return refuse(file, overLimit);

  const validation = validateImport(data, words);
  if (validation.ok) return { ok: true, network: validation.network, warnings: [], ...(scenarios === undefined ? {} : { scenarios }) };
  const lines = describeProblems(validation.problems, words);
  const located = validation.problems.slice(0, lines.length).map((p) => lineOfRecord(text, p));
  return refuse(file, lines.map((line, i) => (located[i] ? atLine(words, file, located[i], line) : `${file}: ${line}`)));
}

/** Removes `scenarios` from the top level, so the network holds only what its type says. */
function takeScenarios(data: unknown): { scenarios: unknown[] | undefined; counts: { actors: number; ties: number } } {
  const counts = { actors: 0, ties: 0 };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { scenarios: undefined, counts };
  const record = data as Record<string, unknown>;
  if (Array.isArray(record.actors)) counts.actors = record.actors.length;
  if (Array.isArray(record.ties)) counts.ties = record.ties.length;
  const scenarios = record.scenarios;
  delete record.scenarios;
  return { scenarios: Array.isArray(scenarios) ? scenarios : undefined, counts };
}

/** The line where the faulty record's id appears in the text, if it names one. */
function lineOfRecord(text: string, problem: ValidationProblem): number | undefined {
  const id = problem.record?.id;
  if (id === undefined) return undefined;
  const quoted = JSON.stringify(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`"id"\\s*:\\s*${quoted}`).exec(text);
  return match ? lineColumnAt(text, match.index).line : undefined;
}
