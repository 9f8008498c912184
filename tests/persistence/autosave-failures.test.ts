import { describe, expect, it, vi } from 'vitest';
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { Autosaver } from '../../src/persistence/autosave';
import { failure } from '../../src/persistence/outcome';
import { setUp, ws } from './fake-save-target';
import { DB_VERSION } from '../../src/persistence/schema';
import { freshFactory, openStore, rawOpen } from './helpers';

describe('Autosaver when a save fails', () => {
  it('Autosaver keeps the unsaved workspace after a failure, reports it, and writes it on the next change or flush', async () => {
    const { clock, target, autosaver } = setUp([failure('quota')]);
    autosaver.loaded(0, null);
    autosaver.changed(ws('a'));
    await clock.advance(1000);
    await autosaver.idle();
    expect(autosaver.status).toBe('quota');
    expect(autosaver.message).toMatch(/storage for Bridgework is full/);
    expect(autosaver.hasUnsaved).toBe(true);
    await autosaver.flush();
    expect(target.calls.map((c) => c.content)).toEqual([ws('a'), ws('a')]);
    expect(autosaver.status).toBe('saved');
  });

  it('Autosaver stops writing after stale, and a reload resumes it, offering later changes to be set aside', async () => {
    const { clock, target, autosaver } = setUp([failure('stale')]);
    autosaver.loaded(0, null);
    autosaver.changed(ws('a'));
    await clock.advance(1000);
    await autosaver.idle();
    expect(autosaver.status).toBe('stale');
    autosaver.changed(ws('a', 'b'));
    await clock.advance(5000);
    await autosaver.flush();
    expect(target.calls).toHaveLength(1);
    autosaver.loaded(7, ws('theirs'));
    expect(target.calls[1]).toMatchObject({ content: ws('a', 'b'), base: 0 });
    autosaver.changed(ws('theirs', 'c'));
    await autosaver.flush();
    expect(target.calls[2]).toMatchObject({ content: ws('theirs', 'c'), base: 7 });
  });

  it('Autosaver reports outdated as soon as the store loses its connection, and writes no more', async () => {
    const { clock, target, autosaver } = setUp();
    autosaver.loaded(0, null);
    target.lose(failure('outdated'));
    expect(autosaver.status).toBe('outdated');
    autosaver.changed(ws('a'));
    await clock.advance(2000);
    expect(target.calls).toHaveLength(0);
  });

  it('Autosaver offers unsaved changes to be set aside when a reload brings newer work, rather than dropping them', async () => {
    const { target, autosaver } = setUp();
    autosaver.loaded(2, ws('a'));
    autosaver.changed(ws('a', 'mine'));
    autosaver.loaded(5, ws('a', 'theirs'));
    expect(target.calls).toMatchObject([{ content: ws('a', 'mine'), base: 2 }]);
    expect(autosaver.hasUnsaved).toBe(false);
    await autosaver.flush();
    expect(target.calls).toHaveLength(1);
  });

  it('Autosaver on a real store reports quota when put throws QuotaExceededError, and saves once space is back', async () => {
    const store = await openStore();
    const statuses: string[] = [];
    const autosaver = new Autosaver(store, { onStatus: (s) => statuses.push(s) });
    autosaver.loaded(0, null);
    const put = vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    autosaver.changed(ws('a'));
    await autosaver.flush();
    put.mockRestore();
    expect(statuses).toEqual(['saved', 'unsaved', 'saving', 'quota']);
    autosaver.changed(ws('a', 'b'));
    await autosaver.flush();
    expect(autosaver.status).toBe('saved');
    const loaded = await store.load();
    expect(loaded.ok && loaded.value.workspace?.scenarios.map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('Autosaver on a real store reports outdated with its reason as soon as a newer version opens in another tab', async () => {
    const factory = freshFactory();
    const autosaver = new Autosaver(await openStore(factory));
    autosaver.loaded(0, null);
    const newer = await rawOpen(factory, 'bridgework', DB_VERSION + 1, () => undefined);
    expect(autosaver.status).toBe('outdated');
    expect(autosaver.message).toMatch(/newer version in another tab/);
    autosaver.changed(ws('a'));
    await autosaver.flush();
    expect(autosaver.status).toBe('outdated');
    newer.close();
  });
});
