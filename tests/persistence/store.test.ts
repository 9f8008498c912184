import { describe, expect, it } from 'vitest';
import { Store } from '../../src/persistence/store';
import { freshFactory, networkRecord, NOW, openStore, scenario, tie, workspaceWith } from './helpers';

describe('Store', () => {
  it('Store.load returns nothing on a new database, and what save wrote after a reopen', async () => {
    const factory = freshFactory();
    const store = await openStore(factory);
    const first = await store.load();
    expect(first.ok && first.value).toMatchObject({ workspace: null, networks: [], setAside: [] });
    const content = workspaceWith(scenario('a'), scenario('b', [tie('x', 'ngo', 'police'), { op: 'removeActor', id: 'donor' }]));
    content.view = { ...content.view, mode: 'list', k: 3, hiddenKinds: ['donor'], year: 2008 };
    const saved = await store.save(content, 0);
    expect(saved).toEqual({ ok: true, value: { revision: 1, savedAt: NOW.toISOString() } });
    store.close();

    const loaded = await (await openStore(factory)).load();
    expect(loaded.ok && loaded.value.workspace).toEqual({ ...content, revision: 1, savedAt: NOW.toISOString() });
  });

  it('Store.save writes the stored revision + 1 each time', async () => {
    const store = await openStore();
    expect(await store.save(workspaceWith(scenario('a')), 0)).toMatchObject({ ok: true, value: { revision: 1 } });
    expect(await store.save(workspaceWith(scenario('a'), scenario('b')), 1)).toMatchObject({ ok: true, value: { revision: 2 } });
  });

  it('Store.save refuses a stale base revision, keeps the newer work and sets the refused one aside', async () => {
    const factory = freshFactory();
    const tabA = await openStore(factory);
    const tabB = await openStore(factory);
    expect((await tabA.save(workspaceWith(scenario('a')), 0)).ok).toBe(true);
    const refused = await tabB.save(workspaceWith(scenario('b')), 0);
    expect(refused).toMatchObject({ ok: false, kind: 'stale' });
    const loaded = await tabB.load();
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.value.workspace?.scenarios.map((s) => s.id)).toEqual(['a']);
    expect(loaded.value.setAside).toHaveLength(1);
    expect(loaded.value.setAside[0]).toMatchObject({ from: 'save', key: 'current', raw: { scenarios: [{ id: 'b' }] } });
  });

  it('Store.save refuses to replace saved scenarios with none unless allowEmpty says the user deleted them', async () => {
    const store = await openStore();
    await store.save(workspaceWith(scenario('a')), 0);
    expect(await store.save(workspaceWith(), 1)).toMatchObject({ ok: false, kind: 'empty' });
    expect(await store.save(workspaceWith(), 1, { allowEmpty: true })).toMatchObject({ ok: true, value: { revision: 2 } });
    // Empty over empty needs no permission.
    expect(await store.save(workspaceWith(), 2)).toMatchObject({ ok: true });
  });

  it('Store refuses every write until load has finished', async () => {
    const store = new Store({ factory: freshFactory() });
    await store.open();
    expect(await store.save(workspaceWith(scenario('a')), 0)).toMatchObject({ ok: false, kind: 'not-loaded' });
    expect(await store.saveNetwork(networkRecord())).toMatchObject({ ok: false, kind: 'not-loaded' });
    await store.load();
    expect((await store.save(workspaceWith(scenario('a')), 0)).ok).toBe(true);
  });

  it('Store.saveNetwork and deleteNetwork keep imported networks by id', async () => {
    const factory = freshFactory();
    const store = await openStore(factory);
    await store.saveNetwork(networkRecord('one'));
    await store.saveNetwork(networkRecord('two'));
    await store.deleteNetwork('one');
    const loaded = await (await openStore(factory)).load();
    expect(loaded.ok && loaded.value.networks).toEqual([networkRecord('two')]);
  });

  it('Store.saveNetwork refuses an id another tab stored for a different import, unless told to replace it', async () => {
    const factory = freshFactory();
    const tabA = await openStore(factory);
    const tabB = await openStore(factory);
    expect((await tabA.saveNetwork(networkRecord('imported-2'))).ok).toBe(true);
    expect((await tabA.saveNetwork(networkRecord('imported-2'))).ok).toBe(true);
    const other = { ...networkRecord('imported-2'), fileNames: ['other.csv'] };
    expect(await tabB.saveNetwork(other)).toMatchObject({ ok: false, kind: 'taken' });
    expect((await tabB.saveNetwork(other, { replace: true })).ok).toBe(true);
  });
});
