import { describe, expect, it, vi } from 'vitest';
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import type { Connection } from '../../src/persistence/connection';
import { requestPersistence } from '../../src/persistence/persist';
import { Store } from '../../src/persistence/store';
import { withStores } from '../../src/persistence/with-stores';
import { DB_VERSION } from '../../src/persistence/schema';
import { freshFactory, openStore, rawOpen, scenario, workspaceWith } from './helpers';

describe('Store errors', () => {
  it('Store reports unavailable where there is no IndexedDB, and refuses writes instead of throwing', async () => {
    const store = new Store({ factory: null });
    expect(await store.open()).toMatchObject({ ok: false, kind: 'unavailable' });
    expect(await store.load()).toMatchObject({ ok: false, kind: 'unavailable' });
    expect(await store.save(workspaceWith(scenario('a')), 0)).toMatchObject({ ok: false, kind: 'unavailable' });
  });

  it('Store reports unavailable when opening throws a SecurityError (private mode, blocked storage)', async () => {
    const factory = { open: () => { throw new DOMException('denied', 'SecurityError'); } } as unknown as IDBFactory;
    const store = new Store({ factory });
    expect(await store.open()).toMatchObject({ ok: false, kind: 'unavailable' });
  });

  it('Store reports quota when the disk is full, and the stored workspace is unchanged', async () => {
    const factory = freshFactory();
    const store = await openStore(factory);
    await store.save(workspaceWith(scenario('a')), 0);
    const put = vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      expect(await store.save(workspaceWith(scenario('a'), scenario('b')), 1)).toMatchObject({ ok: false, kind: 'quota' });
    } finally {
      put.mockRestore();
    }
    const loaded = await store.load();
    expect(loaded.ok && loaded.value.workspace).toMatchObject({ revision: 1, scenarios: [{ id: 'a' }] });
  });

  it('Store closes and reports outdated when another tab opens a newer schema, so it never writes over it', async () => {
    const factory = freshFactory();
    const store = await openStore(factory);
    const lost = vi.fn();
    store.onLost(lost);
    const newer = await rawOpen(factory, 'bridgework', DB_VERSION + 1, () => undefined);
    expect(lost).toHaveBeenCalledWith(expect.objectContaining({ kind: 'outdated', message: expect.stringMatching(/newer version in another tab/) }));
    expect(await store.save(workspaceWith(scenario('a')), 0)).toMatchObject({ ok: false, kind: 'outdated' });
    newer.close();
  });

  it('Store reports outdated when the database on disk was upgraded by a newer release', async () => {
    const factory = freshFactory();
    (await rawOpen(factory, 'bridgework', DB_VERSION + 1, () => undefined)).close();
    expect(await new Store({ factory }).open()).toMatchObject({ ok: false, kind: 'outdated', message: expect.stringMatching(/newer version/) });
  });

  it('withStores maps a transaction the browser aborted for a full disk to quota', async () => {
    const tx = { error: new DOMException('full', 'QuotaExceededError'), done: Promise.reject(new DOMException('aborted', 'AbortError')), abort: vi.fn() };
    const db = { idb: { transaction: () => tx }, failure: null } as unknown as Connection;
    expect(await withStores(db, ['workspace'], 'readwrite', async () => 1)).toMatchObject({ ok: false, kind: 'quota' });
  });

  it('withStores rethrows programming errors and keeps nothing the transaction wrote', async () => {
    const factory = freshFactory();
    const store = await openStore(factory);
    await store.save(workspaceWith(scenario('a')), 0);
    const broken = store.saveNetwork({ id: 'n', fileNames: ['f'], importedAt: 'now', network: (() => 1) as never });
    await expect(broken).rejects.toThrow();
    const loaded = await store.load();
    expect(loaded.ok && loaded.value.networks).toEqual([]);
  });
});

describe('requestPersistence', () => {
  it('requestPersistence asks once, and never throws where the API is missing or fails', async () => {
    expect(await requestPersistence(undefined)).toBe(false);
    expect(await requestPersistence({ persist: async () => true, persisted: async () => false })).toBe(true);
    expect(await requestPersistence({ persist: async () => { throw new Error('no'); }, persisted: async () => false })).toBe(false);
  });
});
