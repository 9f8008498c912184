// Entry point of `npm run metrics -- <network.json> [--k N] [--json]` (see run-metrics.ts).

import { readFileSync } from 'node:fs';
import { runMetrics } from './run-metrics';

process.exitCode = runMetrics(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
