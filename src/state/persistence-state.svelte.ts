// Keeps the user's work in IndexedDB: restores it at start, autosaves every change, follows other tabs, backs up.

import {
  Autosaver, SaveChannel, Store, requestPersistence, restoreWorkspace, workspaceOf,
  type SaveStatus, type WorkspaceTargets,
} from '../persistence';
import { i18n } from '../i18n/i18n.svelte';
import type { ImportedNetwork } from './library-state.svelte';

/** Statuses the user must see: work is at risk or another tab holds newer work. */
const ALARMING: ReadonlySet<SaveStatus> = new Set(['quota', 'unavailable', 'stale', 'outdated']);

export class PersistenceState {
  status = $state<SaveStatus>('saved');
  message = $state('');
  readonly alarming = $derived(ALARMING.has(this.status));
  #store = new Store();
  #channel = new SaveChannel();
  #autosaver: Autosaver;
  #targets: WorkspaceTargets;
  #opened: ReturnType<Store['open']> | null = null;

  constructor(targets: WorkspaceTargets) {
    this.#targets = targets;
    this.#autosaver = new Autosaver(this.#store, {
      onStatus: (status, message) => {
        this.status = status;
        this.message = message;
        if (status === 'stale') void this.reload();
      },
      onSaved: (revision) => this.#channel.postSaved(revision),
    });
  }

  /** Opens the database and puts the saved work on screen; with no storage the app still runs, in memory. */
  async start(): Promise<void> {
    await this.reload();
    this.#channel.onRemoteSave(() => void this.reload());
    void requestPersistence();
  }

  /** Loads what is stored (another tab's newer work, or at start) into the state. */
  async reload(): Promise<void> {
    if (this.#autosaver.hasUnsaved) await this.#autosaver.flush();
    const opened = await (this.#opened ??= this.#store.open());
    const loaded = opened.ok ? await this.#store.load() : opened;
    if (!loaded.ok) {
      this.status = 'unavailable';
      this.message = loaded.message;
      this.#autosaver.loaded(0, null);
      return;
    }
    restoreWorkspace(loaded.value, this.#targets);
    this.#autosaver.loaded(loaded.value.workspace?.revision ?? 0, workspaceOf(this.#targets));
  }

  /** The state changed; `allowEmpty` when the user deleted the last scenario on purpose. */
  changed(allowEmpty = false): void {
    this.#autosaver.changed(workspaceOf(this.#targets), allowEmpty ? { allowEmpty } : {});
  }

  flush(): Promise<void> {
    return this.#autosaver.flush();
  }

  async saveNetwork(entry: ImportedNetwork): Promise<void> {
    const saved = await this.#store.saveNetwork(entry);
    if (!saved.ok) {
      this.status = saved.kind === 'quota' ? 'quota' : 'unavailable';
      this.message = saved.message;
    }
  }

  /** Everything, stored and on screen, as one JSON text: works even when storage does not. */
  everything(): Promise<string> {
    return this.#store.exportAll({ workspace: workspaceOf(this.#targets), networks: this.#targets.library.imported });
  }

  /** Replaces the stored work with a backup and shows it; errors name the file and the problem. */
  async restoreFrom(text: string, fileName: string): Promise<string[]> {
    const restored = await this.#store.restoreFrom(text, fileName, i18n.problemWords());
    if (!restored.ok) return restored.errors ?? [restored.message];
    await this.reload();
    return [];
  }
}
