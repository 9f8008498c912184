// Keeps imported networks: added by id, never silently written over another tab's.

import type { Connection } from './connection';
import { failure, type Outcome } from './outcome';
import { STORES, type NetworkRecord } from './schema';
import { withStores } from './with-stores';

export interface NetworkSaveOptions {
  /** Writes over a stored network with the same id (a deliberate update, not a new import). */
  replace?: boolean;
}

/**
 * Ids are made per tab (`imported-2`), so two tabs importing at once can pick the same one.
 * A record whose id is stored for a different import (other files or time) is refused as
 * 'taken' instead of replacing that network under the other tab's scenarios.
 */
export async function saveNetwork(db: Connection, record: NetworkRecord, options: NetworkSaveOptions): Promise<Outcome<void>> {
  const outcome = await withStores(db, [STORES.networks], 'readwrite', async (tx): Promise<Outcome<void>> => {
    const stored = await tx.store.get(record.id);
    if (stored && !options.replace && !sameImport(stored, record)) return failure('taken');
    await tx.store.put(record);
    return { ok: true, value: undefined };
  });
  return outcome.ok ? outcome.value : outcome;
}

export function deleteNetwork(db: Connection, id: string): Promise<Outcome<void>> {
  return withStores(db, [STORES.networks], 'readwrite', (tx) => tx.store.delete(id));
}

function sameImport(a: NetworkRecord, b: NetworkRecord): boolean {
  return a.importedAt === b.importedAt && JSON.stringify(a.fileNames) === JSON.stringify(b.fileNames);
}
