// Runs the metrics command line as a user would, for comparing its numbers with the page's.

import { execFileSync } from 'node:child_process';

export interface CliMetrics {
  reach: number | null;
  inclusion: number | null;
  overlap: number | null;
  reachWithoutFacilitator: number | null;
}

export function cliMetrics(args: string[]): CliMetrics {
  const out = execFileSync('npx', ['tsx', 'src/cli/metrics.ts', ...args, '--json'], { encoding: 'utf8' });
  return JSON.parse(out) as CliMetrics;
}

export function shownPercent(value: number | null): string {
  return value === null ? 'n/a' : `${Math.round(value * 100)}%`;
}
