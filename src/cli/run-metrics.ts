// `npm run metrics`: the metrics of one network file, as a readable summary or as JSON.

import { readNetworkJson } from '../core/io/read-network-json';
import { analyse } from '../core/metrics';
import { USAGE, parseArgs } from './args';
import { metricsJson } from './metrics-json';
import { summary } from './summary';

/** What the command needs from the outside world, so a test can run it in-process. */
export interface CliIo {
  readFile(path: string): string;
  out(text: string): void;
  err(text: string): void;
}

/** Exit codes: 0 done, 1 bad input (arguments, file, network), 2 not yet supported. */
export function runMetrics(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv);
  if ('error' in args) {
    io.err(`metrics: ${args.error}\n${USAGE}`);
    return 1;
  }

  // ---- SCENARIOS: not yet supported -------------------------------------------------
  // With `--scenario <file>` the command will read the scenario (baseline + ordered edits,
  // METRICS.md), analyse both, and print the scenario's object (the same shape as
  // metricsJson) plus a `baseline` key holding the baseline's object; the summary will show
  // both and the differences. Until then it refuses, with exit code 2.
  if (args.scenario !== null) {
    io.err(`metrics: --scenario is not yet supported (${args.scenario})`);
    return 2;
  }
  // -------------------------------------------------------------------------------------

  let text: string;
  try {
    text = io.readFile(args.file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((error as Error).message);
    io.err(`metrics: ${args.file}: cannot read the file (${reason})`);
    return 1;
  }
  const read = readNetworkJson(text, args.file);
  if (!read.ok) {
    io.err(`metrics: ${args.file} is not a valid network:\n${read.errors.map((e) => `  ${e}`).join('\n')}`);
    return 1;
  }
  const analysis = analyse(read.network, { k: args.k });
  io.out(args.json ? JSON.stringify(metricsJson(analysis), null, 2) : summary(read.network, analysis, args.file));
  return 0;
}
