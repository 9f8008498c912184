import { describe, expect, it } from 'vitest';
import { MAX_NETWORK_BYTES, readNetworkJson } from '../../../src/core/io/read-network-json';
import { fixtureText } from '../../fixtures/load';

describe('readNetworkJson', () => {
  it('readNetworkJson reads a valid network', () => {
    const result = readNetworkJson(fixtureText('small-network.json'), 'small.json');
    expect(result.ok && result.network.actors).toHaveLength(8);
  });

  it('readNetworkJson names the file, line and column of a syntax error', () => {
    const text = '{\n  "schemaVersion": 1,\n  "title": "x",,\n}';
    const result = readNetworkJson(text, 'broken.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^broken\.json, line 3, column \d+: not valid JSON/);
  });

  it('readNetworkJson names the line of the record a problem is in', () => {
    const text = fixtureText('small-network.json').replace('"kind": "security"', '"kind": "army"');
    const result = readNetworkJson(text, 'mine.json');
    const line = text.split('\n').findIndex((l) => l.includes('"id": "police"')) + 1;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([`mine.json, line ${line}: actor 4 ("police"), kind: expected one of womens_org, civil_society, network, forum, government, parliament, security, justice, international, un, donor, media, academia, faith, person; got "army"`]);
  });

  it('readNetworkJson drops prototype-polluting keys', () => {
    const text = fixtureText('small-network.json').replace('"title"', '"__proto__": { "polluted": true }, "constructor": 1, "title"');
    const result = readNetworkJson(text, 'evil.json');
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) expect(Object.keys(result.network)).not.toContain('constructor');
  });

  it('readNetworkJson refuses a file over the size limit before parsing it', () => {
    const result = readNetworkJson(' '.repeat(MAX_NETWORK_BYTES + 1), 'huge.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^huge\.json: 50\.0 MB is larger than the 50 MB limit$/);
  });
});
