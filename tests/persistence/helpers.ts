// Shared by the persistence tests: a fresh IndexedDB per test, stores on it, small workspaces.

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { Edit, Scenario } from '../../src/core/scenario/types';
import { Store } from '../../src/persistence/store';
import { emptyWorkspace, type WorkspaceContent } from '../../src/persistence/workspace';
import type { NetworkRecord } from '../../src/persistence/schema';
import { smallNetwork } from '../fixtures/load';
import { FROZEN_SCHEMAS } from './frozen-schemas';

/** A fixed clock, so savedAt and setAsideAt are known. */
export const NOW = new Date('2024-05-01T12:00:00.000Z');

export function freshFactory(): IDBFactory {
  return new IDBFactory();
}

/** A store opened and loaded on `factory` (a new empty database unless one is given). */
export async function openStore(factory: IDBFactory = freshFactory()): Promise<Store> {
  const store = new Store({ factory, now: () => NOW });
  const opened = await store.open();
  if (!opened.ok) throw new Error(opened.message);
  const loaded = await store.load();
  if (!loaded.ok) throw new Error(loaded.message);
  return store;
}

export const tie = (id: string, source: string, target: string): Edit => ({ op: 'addTie', tie: { id, source, target, kind: 'partnership' } });

export function scenario(id: string, edits: Edit[] = [tie(`${id}-t`, 'rae', 'police')]): Scenario {
  return { id, name: `Scenario ${id}`, note: '', seed: 2011, edits };
}

export function workspaceWith(...scenarios: Scenario[]): WorkspaceContent {
  const { revision: _r, savedAt: _s, ...content } = emptyWorkspace();
  return { ...content, scenarios, activeId: scenarios[0]?.id ?? null };
}

export function networkRecord(id = 'imported-1'): NetworkRecord {
  return { id, network: smallNetwork(), fileNames: [`${id}.csv`], importedAt: NOW.toISOString() };
}

/** Resolves or rejects with a raw IndexedDB request, for writing records the app would not. */
export function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Opens the database with raw IndexedDB at whatever version it has. */
export function rawOpen(factory: IDBFactory, name = 'bridgework', version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  const request = version === undefined ? factory.open(name) : factory.open(name, version);
  if (upgrade) request.onupgradeneeded = () => upgrade(request.result);
  return done(request);
}

/**
 * Puts `value` under `key` (out-of-line) or by its keyPath, with raw IndexedDB, into a database
 * of `version` (created with that version's frozen schema if new).
 */
export async function rawPut(factory: IDBFactory, store: string, value: unknown, key?: IDBValidKey, version = 1): Promise<void> {
  const db = await rawOpen(factory, 'bridgework', version, FROZEN_SCHEMAS[version]);
  const tx = db.transaction(store, 'readwrite');
  await done(key === undefined ? tx.objectStore(store).put(value) : tx.objectStore(store).put(value, key));
  db.close();
}
