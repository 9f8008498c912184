// The save status sentences in the interface's language. Persistence words them in English (its tests read them);
// this finds each one's translation by that sentence, and shows one it does not know as it is.

import { MESSAGES, SAVED, SAVING, SOON } from '../persistence';
import type { MessageKey } from '../i18n/en/index';
import { t } from '../i18n/i18n.svelte';

const KEYS = new Map<string, MessageKey>([
  [SAVED, 'files.saved'],
  [SAVING, 'files.saving'],
  [SOON, 'files.savingSoon'],
  ['Loading the saved work…', 'files.loading'],
  [MESSAGES.quota, 'files.storageFull'],
  [MESSAGES.unavailable, 'files.storageRefused'],
  [MESSAGES.outdated, 'files.newerTab'],
  [MESSAGES.stale, 'files.staleTab'],
  [MESSAGES.empty, 'files.wouldEmpty'],
  [MESSAGES.taken, 'files.idTaken'],
  [MESSAGES['not-loaded'], 'files.stillLoading'],
  [MESSAGES.invalid, 'files.notABackup'],
  ['This tab cannot open the saved data: a newer version of Bridgework has upgraded it. Reload the page.', 'files.newerData'],
  ['The database is not open yet.', 'files.databaseNotOpen'],
  ['The store was closed.', 'files.storeClosed'],
]);

const NOT_SAVED = /^Not saved: (.*)\. Your work is kept in this tab\.$/s;

export function saveMessage(english: string): string {
  const key = KEYS.get(english);
  if (key) return t(key);
  const reason = NOT_SAVED.exec(english)?.[1];
  return reason === undefined ? english : t('files.notSavedBecause', { reason });
}
