import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startupChunks } from './bundle-size';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function chunks(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'bundle-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('startupChunks', () => {
  it('startupChunks follows static imports, transitively, and leaves out lazy ones', () => {
    const at = chunks({
      'main-1.js': 'import{a as e}from"./shared-2.js";import"./polyfill-3.js";const l=()=>import("./lazy-4.js");',
      'shared-2.js': 'import{b}from "./deep-5.js";export const a=1;',
      'polyfill-3.js': '',
      'lazy-4.js': 'import{a}from"./shared-2.js";',
      'deep-5.js': 'export const b=2;',
      'other-6.js': '',
    });
    expect(startupChunks(at)).toEqual(['main-1.js', 'shared-2.js', 'polyfill-3.js', 'deep-5.js']);
  });

  it('startupChunks says when there is no build to measure', () => {
    expect(() => startupChunks(chunks({ 'x.js': '' }))).toThrow(/no main-\*\.js/);
  });
});
