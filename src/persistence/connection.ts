// Opens the database and keeps its connection, closing it when a newer version opens elsewhere.

import { wrap, type IDBPDatabase } from 'idb';
import { errorOf, failure, type StoreError } from './outcome';
import { DB_NAME, DB_VERSION, type BridgeworkSchema } from './schema';
import { upgrade, type UpgradeTransaction } from './upgrade';

export type BridgeworkDB = IDBPDatabase<BridgeworkSchema>;

/** The database connection, or why there is none; `lost` listeners hear when it goes. */
export class Connection {
  #idb: BridgeworkDB | null = null;
  #failure: StoreError | null = failure('not-loaded', 'The database is not open yet.');
  readonly #listeners = new Set<(error: StoreError) => void>();

  get idb(): BridgeworkDB | null {
    return this.#idb;
  }

  /** Why `idb` is null; null while the connection is open. */
  get failure(): StoreError | null {
    return this.#failure;
  }

  opened(idb: BridgeworkDB): void {
    this.#idb = idb;
    this.#failure = null;
  }

  /** Closes the connection for good and tells the listeners why. */
  lose(error: StoreError): void {
    this.#idb?.close();
    this.#idb = null;
    this.#failure = error;
    for (const listener of this.#listeners) listener(error);
  }

  onLost(listener: (error: StoreError) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** The browser's IndexedDB, or undefined where there is none or touching it throws (sandboxed frames). */
export function defaultFactory(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Opens (creating or upgrading) the database. Never throws: a missing IndexedDB, a refused open
 * (private mode, SecurityError) or a database upgraded by a newer release gives a Connection
 * whose `failure` says why. idb's openDB is not used because it always takes the global factory,
 * and the tests give each case its own.
 */
export async function openConnection(factory: IDBFactory | undefined, name = DB_NAME): Promise<Connection> {
  const connection = new Connection();
  if (!factory) {
    connection.lose(failure('unavailable'));
    return connection;
  }
  try {
    const request = factory.open(name, DB_VERSION);
    request.addEventListener('upgradeneeded', (event) => {
      upgrade(wrap(request.result) as BridgeworkDB, event.oldVersion, event.newVersion, wrap(request.transaction!) as unknown as UpgradeTransaction);
    });
    const idb = (await wrap(request)) as BridgeworkDB;
    // Another tab opened a newer schema: an older tab writing on would damage its data, so close.
    idb.addEventListener('versionchange', () => connection.lose(failure('outdated')));
    // The browser closed it (storage cleared, disk error): later writes report 'unavailable'.
    idb.addEventListener('close', () => connection.lose(failure('unavailable')));
    connection.opened(idb);
  } catch (error) {
    connection.lose(errorOf(error) ?? failure('unavailable'));
  }
  return connection;
}
