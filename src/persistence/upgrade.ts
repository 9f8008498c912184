// Brings a database of any older version up to DB_VERSION, one version step at a time.

import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { STORES, type BridgeworkSchema } from './schema';

export type UpgradeTransaction = IDBPTransaction<BridgeworkSchema, StoreNames<BridgeworkSchema>[], 'versionchange'>;

/**
 * Keyed on the version found on disk: each case migrates one step and falls through to the next,
 * so a database several versions old passes every step in order. A v2 adds `case 1:` below the
 * last line, using `tx` to rewrite v1 records, and a v1 fixture test keeps proving it.
 */
export function upgrade(db: IDBPDatabase<BridgeworkSchema>, oldVersion: number, _newVersion: number | null, _tx: UpgradeTransaction): void {
  switch (oldVersion) {
    case 0:
      db.createObjectStore(STORES.workspace);
      db.createObjectStore(STORES.networks, { keyPath: 'id' });
      db.createObjectStore(STORES.setAside, { keyPath: 'id', autoIncrement: true });
      db.createObjectStore(STORES.stories);
      db.createObjectStore(STORES.progress);
      db.createObjectStore(STORES.settings);
  }
}
