import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../src/persistence/backup';
import { Store } from '../../src/persistence/store';
import { freshFactory, networkRecord, NOW, openStore, rawPut, scenario, workspaceWith } from './helpers';

describe('Store.exportAll and Store.restoreFrom', () => {
  it('Store.restoreFrom writes back what exportAll downloaded, into another browser', async () => {
    const source = await openStore();
    const content = workspaceWith(scenario('a'), scenario('b'));
    await source.save(content, 0);
    await source.saveNetwork(networkRecord('mine'));
    const text = await source.exportAll({ workspace: content });
    expect(JSON.parse(text)).toMatchObject({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: NOW.toISOString() });

    const target = await openStore();
    const restored = await target.restoreFrom(text);
    if (!restored.ok) throw new Error(restored.errors?.join('\n'));
    expect(restored.value.workspace).toEqual({ ...content, revision: 2, savedAt: NOW.toISOString() });
    const loaded = await target.load();
    expect(loaded.ok && loaded.value).toMatchObject({ workspace: restored.value.workspace, networks: [networkRecord('mine')], setAside: [] });
  });

  it('Store.exportAll includes set-aside records and the unsaved workspace on screen, keeping the stored one too', async () => {
    const factory = freshFactory();
    await rawPut(factory, 'networks', { id: 'broken', fileNames: ['x.csv'] });
    const store = await openStore(factory);
    await store.save(workspaceWith(scenario('a')), 0);
    const backup = JSON.parse(await store.exportAll({ workspace: workspaceWith(scenario('a'), scenario('new')) }));
    expect(backup.workspace.scenarios.map((s: { id: string }) => s.id)).toEqual(['a', 'new']);
    expect(backup.setAside.map((r: { key: string }) => r.key)).toEqual(['broken', 'current']);
    expect(backup.setAside[1].raw.scenarios.map((s: { id: string }) => s.id)).toEqual(['a']);
  });

  it('Store.exportAll works without IndexedDB, from the state in memory', async () => {
    const store = new Store({ factory: null, now: () => NOW });
    await store.open();
    const backup = JSON.parse(await store.exportAll({ workspace: workspaceWith(scenario('a')), networks: [networkRecord()] }));
    expect(backup).toMatchObject({ format: BACKUP_FORMAT, workspace: { revision: 0, scenarios: [{ id: 'a' }] }, networks: [{ id: 'imported-1' }] });
  });

  it('Store.restoreFrom sets aside the workspace it replaces', async () => {
    const store = await openStore();
    await store.save(workspaceWith(scenario('mine')), 0);
    const other = await openStore();
    const text = await other.exportAll({ workspace: workspaceWith(scenario('theirs')) });
    await store.restoreFrom(text);
    const loaded = await store.load();
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.value.workspace?.scenarios.map((s) => s.id)).toEqual(['theirs']);
    expect(loaded.value.setAside).toMatchObject([{ from: 'restore', raw: { scenarios: [{ id: 'mine' }] } }]);
  });

  const refusals: [string, string, RegExp][] = [
    ['not JSON', '{ "format": ', /^backup: line 1, column 13: not valid JSON/],
    ['a network file', '{ "actors": [], "ties": [] }', /^backup: format: this is a network file, not a Bridgework backup/],
    ['a newer version', JSON.stringify({ format: BACKUP_FORMAT, version: 9 }), /^backup: version: expected 1, got 9 \(written by a newer version of Bridgework\)/],
    ['a bad scenario', JSON.stringify({ format: BACKUP_FORMAT, version: 1, workspace: { revision: 1, scenarios: [{ id: 's' }] } }), /^backup: workspace, scenario 1: scenario, name: is missing/],
    ['a bad network', JSON.stringify({ format: BACKUP_FORMAT, version: 1, networks: [{ id: 'n', fileNames: ['n.csv'], importedAt: 'x' }] }), /^backup: network 1, network: is missing/],
  ];
  for (const [what, text, message] of refusals) {
    it(`Store.restoreFrom refuses ${what} with a clear error and changes nothing`, async () => {
      const store = await openStore();
      await store.save(workspaceWith(scenario('kept')), 0);
      const restored = await store.restoreFrom(text);
      expect(restored).toMatchObject({ ok: false, kind: 'invalid' });
      expect(!restored.ok && restored.errors?.[0]).toMatch(message);
      const loaded = await store.load();
      expect(loaded.ok && loaded.value.workspace?.scenarios.map((s) => s.id)).toEqual(['kept']);
    });
  }
});
