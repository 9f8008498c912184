// Reads a backup file, or says what is wrong with it: every problem names the file and the place.

import { parseJsonFile } from '../core/io/parse-json-file';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup';
import { checkNetworkRecord } from './check-network-record';
import { checkWorkspace } from './check-workspace';
import type { NetworkRecord, SetAsideRecord } from './schema';
import type { Workspace } from './workspace';

export type BackupRead = { ok: true; backup: Backup } | { ok: false; errors: string[] };

/** Backups larger than this are refused before parsing. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/**
 * Strict, unlike load: a restore replaces what is stored, so any problem refuses the whole file
 * and nothing is written. The workspace and networks are checked as storage checks them.
 */
export function readBackup(text: string, fileName = 'backup'): BackupRead {
  const fail = (errors: string[]): BackupRead => ({ ok: false, errors: errors.map((e) => `${fileName}: ${e}`) });
  const parsed = parseJsonFile(text, MAX_BACKUP_BYTES);
  if (!parsed.ok) return fail([parsed.error]);
  const data = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail(['expected a Bridgework backup (a JSON object)']);
  const raw = data as Record<string, unknown>;
  if (raw.format !== BACKUP_FORMAT) {
    const what = 'actors' in raw ? 'a network file' : raw.format === 'bridgework-scenario' ? 'a scenario file' : `format ${JSON.stringify(raw.format) ?? 'missing'}`;
    return fail([`format: this is ${what}, not a Bridgework backup ("${BACKUP_FORMAT}")`]);
  }
  if (raw.version !== BACKUP_VERSION) {
    const newer = typeof raw.version === 'number' && raw.version > BACKUP_VERSION;
    return fail([`version: expected ${BACKUP_VERSION}, got ${JSON.stringify(raw.version) ?? 'nothing'}${newer ? ' (written by a newer version of Bridgework)' : ''}`]);
  }
  const errors: string[] = [];
  let workspace: Workspace | null = null;
  if (raw.workspace !== null && raw.workspace !== undefined) {
    const check = checkWorkspace(raw.workspace);
    errors.push(...check.rejected.flatMap((r) => r.reasons), ...check.repairs);
    workspace = check.workspace;
  }
  const networks = listOf(raw, 'networks', errors).flatMap((item, i): NetworkRecord[] => {
    const check = checkNetworkRecord(item, `network ${i + 1}`);
    if (!check.ok) errors.push(...check.reasons);
    return check.ok ? [check.record] : [];
  });
  const setAside = listOf(raw, 'setAside', errors).flatMap((item, i): SetAsideRecord[] => {
    const r = item as Partial<SetAsideRecord> | null;
    if (typeof r === 'object' && r !== null && typeof r.key === 'string' && Array.isArray(r.reasons)) return [r as SetAsideRecord];
    errors.push(`set-aside record ${i + 1}: expected { from, key, reasons, raw, setAsideAt }`);
    return [];
  });
  if (errors.length > 0) return fail(errors);
  const exportedAt = typeof raw.exportedAt === 'string' ? raw.exportedAt : '';
  return { ok: true, backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, workspace, networks, setAside } };
}

function listOf(raw: Record<string, unknown>, field: string, errors: string[]): unknown[] {
  const value = raw[field];
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  errors.push(`${field}: expected a list`);
  return [];
}
