// The size of what the page loads before it can start: the main chunk and every chunk it imports statically.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** `import … from "./x.js"` and `import "./x.js"`, not `import("./x.js")`: a lazy chunk loads when first needed. */
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g;

/** The chunks in `dir` the entry chunk (`main-*.js`) loads before it runs, itself first. */
export function startupChunks(dir: string): string[] {
  const entry = readdirSync(dir).find((f) => /^main-.*\.js$/.test(f));
  if (!entry) throw new Error(`no main-*.js in ${dir}: build the app first`);
  const found = [entry];
  for (let i = 0; i < found.length; i++) {
    for (const [, imported] of readFileSync(join(dir, found[i]!), 'utf8').matchAll(STATIC_IMPORT)) {
      if (!found.includes(imported!)) found.push(imported!);
    }
  }
  return found;
}

/** Kilobytes (1,024 bytes) gzip of the startup chunks, each compressed on its own as a server would send it. */
export function startupGzipKb(dir: string): number {
  return startupChunks(dir).reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f))).length, 0) / 1024;
}
