// `npm run metrics`: the metrics of one network file, as a readable summary or as JSON.

import { readNetworkJson } from '../core/io/read-network-json';
import { analyse } from '../core/metrics';
import { applyEdits } from '../core/scenario/apply';
import { readScenarioFile } from '../core/scenario/scenario-file';
import { USAGE, parseArgs } from './args';
import { metricsJson } from './metrics-json';
import { summary } from './summary';

/** What the command needs from the outside world, so a test can run it in-process. */
export interface CliIo {
  readFile(path: string): string;
  out(text: string): void;
  err(text: string): void;
}

/** Exit codes: 0 done, 1 bad input (arguments, network or scenario file). */
export function runMetrics(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv);
  if ('error' in args) {
    io.err(`metrics: ${args.error}\n${USAGE}`);
    return 1;
  }

  const text = readOrSay(io, args.file);
  if (text === null) return 1;
  const read = readNetworkJson(text, args.file);
  if (!read.ok) {
    io.err(`metrics: ${args.file} is not a valid network:\n${indent(read.errors)}`);
    return 1;
  }
  const analysis = analyse(read.network, { k: args.k });
  if (args.scenario === null) {
    io.out(args.json ? JSON.stringify(metricsJson(analysis), null, 2) : summary(read.network, analysis, args.file));
    return 0;
  }

  // With a scenario: the scenario's numbers, and the baseline's beside them (METRICS.md: both, and the difference).
  const scenarioText = readOrSay(io, args.scenario);
  if (scenarioText === null) return 1;
  const file = readScenarioFile(scenarioText, args.scenario);
  if (!file.ok) {
    io.err(`metrics: ${args.scenario} is not a valid scenario:\n${indent(file.errors)}`);
    return 1;
  }
  const applied = applyEdits(read.network, file.scenarioFile.scenario.edits);
  for (const problem of applied.problems) io.err(`metrics: ${args.scenario}: ${problem.message}`);
  const after = analyse(applied.network, { k: args.k });
  if (args.json) {
    io.out(JSON.stringify({ ...metricsJson(after), baseline: metricsJson(analysis) }, null, 2));
  } else {
    const name = file.scenarioFile.scenario.name;
    io.out(`${summary(applied.network, after, `${args.file} + scenario "${name}" (${args.scenario})`)}\n\n` +
      `Baseline\n${summary(read.network, analysis, args.file)}`);
  }
  return 0;
}

function readOrSay(io: CliIo, path: string): string | null {
  try {
    return io.readFile(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((error as Error).message);
    io.err(`metrics: ${path}: cannot read the file (${reason})`);
    return null;
  }
}

function indent(lines: readonly string[]): string {
  return lines.map((line) => `  ${line}`).join('\n');
}
