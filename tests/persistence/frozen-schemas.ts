// Each released database schema as it created its stores, frozen: never edit one, add the next.

/** v1: what `upgrade` from version 0 created in release 1. */
export function createV1(db: IDBDatabase): void {
  db.createObjectStore('workspace');
  db.createObjectStore('networks', { keyPath: 'id' });
  db.createObjectStore('setAside', { keyPath: 'id', autoIncrement: true });
  db.createObjectStore('stories');
  db.createObjectStore('progress');
  db.createObjectStore('settings');
}

/** Schema creators by version; a v2 adds `2: (db) => { createV1(db); ...what v2 changed }`. */
export const FROZEN_SCHEMAS: Record<number, (db: IDBDatabase) => void> = { 1: createV1 };
