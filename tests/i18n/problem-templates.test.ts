// Every problem template is worded somewhere in the core or in persistence: none is left over from a message that is gone.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileProblems } from '../../src/i18n/en/file-problems';
import { problems } from '../../src/i18n/en/problems';

const WORDING = ['core', 'persistence'].map((folder) => new URL(`../../src/${folder}/`, import.meta.url).pathname);

describe('the problem templates', () => {
  it('are each used by the core or persistence', () => {
    const sources = WORDING.flatMap((folder) =>
      readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((path) => path.endsWith('.ts'))
        .map((path) => readFileSync(join(folder, path), 'utf8')),
    ).join('\n');
    const unused = Object.keys({ ...problems, ...fileProblems }).filter((key) => !sources.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });
});
