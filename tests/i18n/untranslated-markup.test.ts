// The components' markup holds no text of its own: every word a user reads or hears comes from a catalogue.

import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../src/components');
const NAMED_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'title', 'placeholder', 'alt'];

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? svelteFiles(join(dir, entry.name)) : entry.name.endsWith('.svelte') ? [join(dir, entry.name)] : []);
}

/** The markup with scripts, styles, comments and every `{expression}` taken out. */
export function bareMarkup(source: string): string {
  const markup = source
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  let depth = 0;
  let quote: string | null = null;
  let out = '';
  for (const char of markup) {
    if (depth > 0) {
      if (quote) {
        if (char === quote) quote = null;
      } else if (char === '"' || char === "'" || char === '`') quote = char;
      else if (char === '{') depth++;
      else if (char === '}') depth--;
      continue;
    }
    if (char === '{') depth = 1;
    else out += char;
  }
  return out;
}

/** Words written into the markup: text between tags, and the text of naming attributes. */
export function untranslated(markup: string): string[] {
  const words = /[A-Za-z]{2,}/;
  const texts = [...markup.matchAll(/>([^<>]*)</g)].map((m) => m[1]!.trim()).filter((text) => words.test(text));
  const attributes = [...markup.matchAll(/\s([\w-]+)="([^"]*)"/g)]
    .filter((m) => NAMED_ATTRIBUTES.includes(m[1]!) && words.test(m[2]!))
    .map((m) => `${m[1]}="${m[2]}"`);
  return [...texts, ...attributes];
}

describe('text in the components', () => {
  it('finds written words, and nothing inside expressions, scripts or styles', () => {
    const source = '<script>const a = "Hello";</script><p title="Tip">Hi {t(\'x\', { n: "{y}" })}</p><b>{a}</b><i aria-label={t("k")}>·</i><style>p{color:red}</style>';
    expect(untranslated(bareMarkup(source))).toEqual(['Hi', 'title="Tip"']);
  });

  it('come from the catalogues, not from the markup', () => {
    const found = svelteFiles(ROOT).flatMap((file) =>
      untranslated(bareMarkup(readFileSync(file, 'utf8'))).map((text) => `${relative(ROOT, file)}: ${text}`));
    expect(found).toEqual([]);
  });
});
