// The app's storage: open, load, save, imported networks, download everything, restore.

import { openConnection, defaultFactory, Connection } from './connection';
import { exportAll, type LiveState } from './export-all';
import { loadAll, type Loaded } from './load';
import { failure, type Outcome, type StoreError } from './outcome';
import { readBackup } from './read-backup';
import type { ProblemWords } from '../core/model/problem-words';
import { restoreBackup, type Restored } from './restore';
import { saveWorkspace, type SaveOptions, type Saved } from './save';
import { deleteNetwork, saveNetwork, type NetworkSaveOptions } from './networks';
import { DB_NAME, type NetworkRecord } from './schema';
import type { WorkspaceContent } from './workspace';

export interface StoreOptions {
  /** The IndexedDB to use; default the browser's. null: none (as in a browser without it). */
  factory?: IDBFactory | null;
  /** Database name; tests may use their own. */
  name?: string;
  /** The clock for savedAt and the like. */
  now?: () => Date;
}

/**
 * Every method resolves to an Outcome and never throws for storage reasons. Writes are refused
 * with 'not-loaded' until load() has finished once, so a tab cannot save over data it has not
 * read (tldraw's rule).
 */
export class Store {
  #db = new Connection();
  #loaded = false;
  /** Kept here, not on the connection, so listeners added before open() hear it too. */
  readonly #lost = new Set<(error: StoreError) => void>();
  readonly #factory: IDBFactory | undefined;
  readonly #name: string;
  readonly #now: () => string;

  constructor(options: StoreOptions = {}) {
    this.#factory = options.factory === null ? undefined : (options.factory ?? defaultFactory());
    this.#name = options.name ?? DB_NAME;
    const now = options.now ?? (() => new Date());
    this.#now = () => now().toISOString();
  }

  async open(): Promise<Outcome<void>> {
    this.#db = await openConnection(this.#factory, this.#name);
    this.#db.onLost((error) => this.#lost.forEach((listener) => listener(error)));
    return this.#db.failure ?? { ok: true, value: undefined };
  }

  /** Why the store cannot be used (null while it can). */
  get failure(): StoreError | null {
    return this.#db.failure;
  }

  /** Hears when the connection goes for good: 'outdated' when a newer version opened in another tab. */
  onLost(listener: (error: StoreError) => void): () => void {
    this.#lost.add(listener);
    return () => this.#lost.delete(listener);
  }

  async load(): Promise<Outcome<Loaded>> {
    const loaded = await loadAll(this.#db, this.#now);
    if (loaded.ok) this.#loaded = true;
    return loaded;
  }

  save(content: WorkspaceContent, baseRevision: number, options: SaveOptions = {}): Promise<Outcome<Saved>> {
    return this.#write(() => saveWorkspace(this.#db, content, baseRevision, options, this.#now()));
  }

  /** Stores an imported network; 'taken' if another tab stored a different one under its id. */
  saveNetwork(record: NetworkRecord, options: NetworkSaveOptions = {}): Promise<Outcome<void>> {
    return this.#write(() => saveNetwork(this.#db, record, options));
  }

  deleteNetwork(id: string): Promise<Outcome<void>> {
    return this.#write(() => deleteNetwork(this.#db, id));
  }

  /** The backup text: stored data merged with `live`, or `live` alone if storage is unavailable. */
  exportAll(live: LiveState = {}): Promise<string> {
    return exportAll(this.#db, live, this.#now());
  }

  /** Reads a backup file and writes it back; 'invalid' (with `errors`, in `words`' language) changes nothing. */
  async restoreFrom(text: string, fileName = 'backup', words?: ProblemWords): Promise<Outcome<Restored>> {
    const read = readBackup(text, fileName, words);
    if (!read.ok) return failure('invalid', `Not restored: ${fileName} has ${read.errors.length === 1 ? 'a problem' : `${read.errors.length} problems`}.`, read.errors);
    return this.#write(() => restoreBackup(this.#db, read.backup, this.#now()));
  }

  close(): void {
    this.#db.lose(failure('unavailable', 'The store was closed.'));
  }

  async #write<T>(write: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
    if (!this.#loaded) return this.#db.failure ?? failure('not-loaded');
    return write();
  }
}
