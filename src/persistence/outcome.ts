// What a storage call returns: its value, or a typed reason with a sentence the UI can show.

export type StoreErrorKind = 'quota' | 'unavailable' | 'outdated' | 'stale' | 'empty' | 'taken' | 'not-loaded' | 'invalid';

export interface StoreError {
  ok: false;
  kind: StoreErrorKind;
  /** One or two sentences for the banner: what happened and what the user can do. */
  message: string;
  /** For 'invalid': every problem found, each naming where it is. */
  errors?: string[];
}

export type Outcome<T> = { ok: true; value: T } | StoreError;

const KEPT = 'Your work is kept in this tab; use "Download everything" to keep a copy.';

export const MESSAGES: Record<StoreErrorKind, string> = {
  quota: `Not saved: this browser's storage for Bridgework is full. ${KEPT} Removing imported networks you no longer need frees space.`,
  unavailable: `Not saved: this browser does not let Bridgework store data here (private browsing, or site data turned off). ${KEPT}`,
  outdated:
    'This tab has stopped saving: Bridgework was opened in a newer version in another tab, and this older tab must not write over its data. Reload the page.',
  stale:
    'This tab has stopped saving: another tab saved newer work. Reload to see it; what this tab had not saved is set aside, not lost.',
  empty: 'Not saved: this would replace your saved scenarios with none, and they were not deleted on purpose.',
  taken: 'Not saved: another tab stored a different network under the same id. Reload the page, then import the file again.',
  'not-loaded': 'Not saved yet: the saved work is still loading.',
  invalid: 'Not restored: the file is not a Bridgework backup that can be read.',
};

export function failure(kind: StoreErrorKind, message = MESSAGES[kind], errors?: string[]): StoreError {
  return errors ? { ok: false, kind, message, errors } : { ok: false, kind, message };
}

/**
 * The outcome an IndexedDB or DOM error stands for, or undefined for a programming error (a
 * TypeError, a DataCloneError from a proxy that was not snapshotted), which callers rethrow.
 */
export function errorOf(error: unknown): StoreError | undefined {
  const name = (error as { name?: unknown } | null)?.name;
  switch (name) {
    case 'QuotaExceededError':
      return failure('quota');
    case 'VersionError':
      return failure('outdated', 'This tab cannot open the saved data: a newer version of Bridgework has upgraded it. Reload the page.');
    case 'SecurityError':
    case 'InvalidStateError':
    case 'UnknownError':
    case 'NotFoundError':
    case 'AbortError':
      return failure('unavailable');
    default:
      return undefined;
  }
}
