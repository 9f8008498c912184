// The one transaction helper: every read and write of the database goes through it.

import type { IDBPTransaction } from 'idb';
import type { Connection } from './connection';
import { errorOf, type Outcome } from './outcome';
import type { BridgeworkSchema, StoreName } from './schema';

export type Transaction<Names extends StoreName[], Mode extends IDBTransactionMode> = IDBPTransaction<BridgeworkSchema, Names, Mode>;

/**
 * Runs `fn` in one transaction over `names` and waits for it to commit. `fn` must await only
 * requests of `tx` (awaiting anything else lets the transaction commit early). Storage errors
 * become typed outcomes: a full disk 'quota'; no IndexedDB, a refused or closed connection
 * 'unavailable'; a newer schema opened in another tab 'outdated'. If `fn` throws, nothing it
 * wrote is kept. Programming errors (a TypeError, an uncloneable proxy) are rethrown.
 */
export async function withStores<const Names extends StoreName[], Mode extends IDBTransactionMode, T>(
  db: Connection,
  names: Names,
  mode: Mode,
  fn: (tx: Transaction<Names, Mode>) => Promise<T>,
): Promise<Outcome<T>> {
  const idb = db.idb;
  if (!idb) return db.failure!;
  let tx: Transaction<Names, Mode> | undefined;
  try {
    tx = idb.transaction(names, mode);
    const [value] = await Promise.all([fn(tx), tx.done]);
    return { ok: true, value };
  } catch (error) {
    try {
      tx?.abort();
    } catch {
      // Already finished or aborted: nothing more to undo.
    }
    // A request's error aborts the transaction; the cause is on tx.error, the AbortError says less.
    const cause = (error as { name?: string } | null)?.name === 'AbortError' && tx?.error ? tx.error : error;
    const outcome = db.failure ?? errorOf(cause);
    if (!outcome) throw error;
    return outcome;
  }
}
