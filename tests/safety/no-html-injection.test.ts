// Labels and every imported string are text everywhere: no code path in the app may render strings as HTML.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|svelte|js)$/.test(name) ? [path] : [];
  });
}

const HTML_SINKS = /\{@html|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|\.html\(/;

describe('the source', () => {
  it('has no {@html}, innerHTML, outerHTML, insertAdjacentHTML, document.write or d3 .html() in src or workers', () => {
    const offenders = [...filesUnder('src'), ...filesUnder('workers')].flatMap((file) =>
      readFileSync(file, 'utf8').split('\n').flatMap((line, i) => (HTML_SINKS.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps a Content-Security-Policy in index.html that allows scripts and workers only from the app itself', () => {
    const html = readFileSync('index.html', 'utf8');
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("worker-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
