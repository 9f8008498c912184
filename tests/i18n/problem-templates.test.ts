// Every problem template is worded somewhere in the core: none is left over from a message that is gone.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problems } from '../../src/i18n/en/problems';

const CORE = new URL('../../src/core/', import.meta.url).pathname;

describe('the problem templates', () => {
  it('are each used by the core', () => {
    const sources = readdirSync(CORE, { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.ts'))
      .map((path) => readFileSync(join(CORE, path), 'utf8'))
      .join('\n');
    const unused = Object.keys(problems).filter((key) => !sources.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });
});
