// The "download everything" file: its persisted format tag and version, and writing it.

import { jsonSafe } from './json-safe';
import type { NetworkRecord, SetAsideRecord } from './schema';
import type { Workspace } from './workspace';

/*
 * Persisted in every backup file users keep. Do not change without a migration in
 * read-backup.ts that still reads files of every older version.
 */
/** Tells a backup from a network or scenario file. */
export const BACKUP_FORMAT = 'bridgework-backup';
/** The backup file's version; read-backup.ts refuses a newer one with a clear message. */
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  workspace: Workspace | null;
  networks: NetworkRecord[];
  setAside: SetAsideRecord[];
}

export type BackupParts = Pick<Backup, 'workspace' | 'networks' | 'setAside'>;

/** The backup as file text (two-space JSON, ending in a newline). */
export function writeBackup(parts: BackupParts, exportedAt: string): string {
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, ...parts };
  return `${JSON.stringify(jsonSafe(backup), null, 2)}\n`;
}
