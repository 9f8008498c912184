// The autosaver's statuses, what it writes to, and the sentences it reports.

import type { Outcome, StoreError, StoreErrorKind } from './outcome';
import type { SaveOptions, Saved } from './save';
import type { WorkspaceContent } from './workspace';

export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'quota' | 'unavailable' | 'stale' | 'outdated';

/** What the autosaver writes to: a Store, or a stand-in in tests. */
export interface SaveTarget {
  save(content: WorkspaceContent, baseRevision: number, options?: SaveOptions): Promise<Outcome<Saved>>;
  onLost?(listener: (error: StoreError) => void): () => void;
}

export const SAVED = 'All changes saved.';
export const SAVING = 'Saving…';
export const SOON = 'Saving soon…';

const STATUS_OF: Record<StoreErrorKind, SaveStatus> = {
  quota: 'quota',
  unavailable: 'unavailable',
  outdated: 'outdated',
  stale: 'stale',
  // Refusals that a later change can resolve: the work is simply not saved yet.
  empty: 'unsaved',
  taken: 'unsaved',
  'not-loaded': 'unsaved',
  invalid: 'unsaved',
};

export function statusOf(kind: StoreErrorKind): SaveStatus {
  return STATUS_OF[kind];
}

/** The current status and its sentence; tells the listener only when either changes. */
export class StatusLine {
  status: SaveStatus = 'unsaved';
  message = 'Loading the saved work…';

  constructor(private readonly listener?: (status: SaveStatus, message: string) => void) {}

  report(status: SaveStatus, message: string): void {
    if (status === this.status && message === this.message) return;
    this.status = status;
    this.message = message;
    this.listener?.(status, message);
  }
}
