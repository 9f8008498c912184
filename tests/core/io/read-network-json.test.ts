import { describe, expect, it } from 'vitest';
import { MAX_NETWORK_BYTES, readNetworkJson } from '../../../src/core/io/read-network-json';
import { writeNetworkJson } from '../../../src/core/io/write-network-json';
import { fixtureText, smallNetwork } from '../../fixtures/load';

describe('readNetworkJson', () => {
  it('readNetworkJson reads a valid network, with no warnings', () => {
    const result = readNetworkJson(fixtureText('small-network.json'), 'small.json');
    expect(result.ok && result.network.actors).toHaveLength(8);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('readNetworkJson names the file, line and column of a syntax error', () => {
    const text = '{\n  "schemaVersion": 1,\n  "title": "x",,\n}';
    const result = readNetworkJson(text, 'broken.json');
    expect(result).toEqual({ ok: false, file: 'broken.json', errors: ['broken.json, line 3, column 16: not valid JSON (unexpected ",")'] });
  });

  it('readNetworkJson names line and column even for an unexpected token, which Node 20 leaves unplaced', () => {
    const result = readNetworkJson('{\n  "title": tru\n}', 'broken.json');
    expect(result.ok === false && result.errors).toEqual(['broken.json, line 2, column 15: not valid JSON (unexpected line break)']);
  });

  it('readNetworkJson says when the text ends too early', () => {
    const result = readNetworkJson('{\n  "actors": [', 'short.json');
    expect(result.ok === false && result.errors).toEqual(['short.json, line 2, column 14: not valid JSON (the text ends too early)']);
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

  it('readNetworkJson refuses a reserved name as an actor id', () => {
    const network = smallNetwork();
    network.actors.push({ id: '__proto__', name: 'Odd', kind: 'media', country: 'BiH', level: 'local' });
    const result = readNetworkJson(JSON.stringify(network), 'odd.json');
    expect(result.ok === false && result.errors).toEqual(['odd.json, line 1: actor 9 ("__proto__"), id: "__proto__" is a reserved name; choose another']);
  });

  it('readNetworkJson refuses a file over the size limit before parsing it', () => {
    const result = readNetworkJson(' '.repeat(MAX_NETWORK_BYTES + 1), 'huge.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^huge\.json: 50\.0 MB is larger than the 50 MB limit$/);
  });

  it('readNetworkJson refuses more than 50,000 actors before validating them', () => {
    const text = JSON.stringify({ ...smallNetwork(), actors: Array.from({ length: 50_001 }, () => 0) });
    const result = readNetworkJson(text, 'many.json');
    expect(result.ok === false && result.errors).toEqual(['many.json: 50,001 actors is more than the limit of 50,000 actors']);
  });

  it('readNetworkJson reads a leading byte order mark as nothing', () => {
    expect(readNetworkJson('\uFEFF' + fixtureText('small-network.json'), 'bom.json').ok).toBe(true);
  });

  it('readNetworkJson hands back the scenarios a written file carries, outside the network', () => {
    const scenarios = [{ id: 's1', edits: [{ op: 'addTie' }] }];
    const result = readNetworkJson(writeNetworkJson(smallNetwork(), scenarios), 'work.json');
    expect(result.ok && result.scenarios).toEqual(scenarios);
    expect(result.ok && result.network).toEqual(smallNetwork());
  });
});
