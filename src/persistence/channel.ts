// Tells other tabs of this browser that the workspace was saved, so they reload it.

/*
 * The channel name and message shape cross tabs that may run different releases.
 * Do not change them without keeping older tabs' messages readable.
 */
/** The BroadcastChannel's name. */
export const CHANNEL_NAME = 'bridgework';

/** Posted after each successful save. */
export interface SaveMessage {
  revision: number;
  /** The tab that saved, so it can ignore its own message. */
  tabId: string;
}

export interface SaveChannelOptions {
  name?: string;
  tabId?: string;
  /** Makes the channel; default `new BroadcastChannel(name)`, or none where it is missing. */
  create?: (name: string) => BroadcastChannel | null;
}

/** A no-op where BroadcastChannel is missing (old Safari, some embedded views): tabs then only see each other on reload. */
export class SaveChannel {
  readonly tabId: string;
  readonly #channel: BroadcastChannel | null;
  readonly #listeners = new Set<(revision: number) => void>();

  constructor(options: SaveChannelOptions = {}) {
    this.tabId = options.tabId ?? newTabId();
    const create = options.create ?? ((name) => (typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null));
    this.#channel = create(options.name ?? CHANNEL_NAME);
    this.#channel?.addEventListener('message', (event: MessageEvent) => {
      const message = event.data as Partial<SaveMessage> | null;
      if (typeof message !== 'object' || message === null || !Number.isInteger(message.revision)) return;
      if (message.tabId === this.tabId) return;
      for (const listener of this.#listeners) listener(message.revision!);
    });
  }

  postSaved(revision: number): void {
    const message: SaveMessage = { revision, tabId: this.tabId };
    try {
      this.#channel?.postMessage(message);
    } catch {
      // A closed channel: other tabs will see the save when they next load.
    }
  }

  /** Calls `listener` with the revision another tab saved; returns the unsubscribe. */
  onRemoteSave(listener: (revision: number) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  close(): void {
    this.#listeners.clear();
    this.#channel?.close();
  }
}

function newTabId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `tab-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
