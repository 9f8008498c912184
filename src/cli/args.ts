// Parses the command line of `npm run metrics`.

export interface MetricsArgs {
  file: string;
  k: number;
  json: boolean;
  /** A scenario file (exported from the app) to analyse against the baseline. */
  scenario: string | null;
}

export const USAGE = 'usage: npm run metrics -- <network.json> [--k N] [--json] [--scenario <file>]';

/** The parsed arguments, or a message saying what is wrong with them. */
export function parseArgs(argv: readonly string[]): MetricsArgs | { error: string } {
  let file: string | null = null;
  let k = 2;
  let json = false;
  let scenario: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--k' || arg.startsWith('--k=')) {
      const value = arg === '--k' ? argv[++i] : arg.slice(4);
      k = Number(value);
      if (!Number.isInteger(k) || k < 1 || k > 4) return { error: `--k must be a whole number from 1 to 4, got ${value ?? 'nothing'}` };
    } else if (arg === '--scenario') {
      scenario = argv[++i] ?? '';
      if (scenario === '') return { error: '--scenario needs a file' };
    } else if (arg.startsWith('--')) return { error: `unknown option ${arg}` };
    else if (file === null) file = arg;
    else return { error: `more than one network file given (${file}, ${arg})` };
  }
  if (file === null) return { error: 'no network file given' };
  return { file, k, json, scenario };
}
