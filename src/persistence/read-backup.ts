// Reads a backup file, or says what is wrong with it: every problem names the file and the place.

import { parseJsonFile } from '../core/io/parse-json-file';
import { ENGLISH_PROBLEMS, say, type ProblemWords } from '../core/model/problem-words';
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
 * and nothing is written. The workspace and networks are checked as storage checks them, with
 * every problem worded in `words`' language.
 */
export function readBackup(text: string, fileName = 'backup', words: ProblemWords = ENGLISH_PROBLEMS): BackupRead {
  const fail = (errors: string[]): BackupRead => ({ ok: false, errors: errors.map((e) => `${fileName}: ${e}`) });
  const parsed = parseJsonFile(text, MAX_BACKUP_BYTES, words);
  if (!parsed.ok) return fail([parsed.error]);
  const data = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail([say(words, 'fileProblems.notABackup')]);
  const raw = data as Record<string, unknown>;
  if (raw.format !== BACKUP_FORMAT) return fail([`format: ${notABackup(raw, words)}`]);
  if (raw.version !== BACKUP_VERSION) {
    const newer = typeof raw.version === 'number' && raw.version > BACKUP_VERSION;
    const got = JSON.stringify(raw.version) ?? say(words, 'problems.valueNothing');
    return fail([`version: ${say(words, newer ? 'problems.expectedVersionNewer' : 'problems.expectedVersion', { expected: String(BACKUP_VERSION), got })}`]);
  }
  const errors: string[] = [];
  let workspace: Workspace | null = null;
  if (raw.workspace !== null && raw.workspace !== undefined) {
    const check = checkWorkspace(raw.workspace, words);
    errors.push(...check.rejected.flatMap((r) => r.reasons), ...check.repairs);
    workspace = check.workspace;
  }
  const networks = listOf(raw, 'networks', errors, words).flatMap((item, i): NetworkRecord[] => {
    const check = checkNetworkRecord(item, say(words, 'fileProblems.networkNumber', { position: String(i + 1) }), words);
    if (!check.ok) errors.push(...check.reasons);
    return check.ok ? [check.record] : [];
  });
  const setAside = listOf(raw, 'setAside', errors, words).flatMap((item, i): SetAsideRecord[] => {
    const r = item as Partial<SetAsideRecord> | null;
    if (typeof r === 'object' && r !== null && typeof r.key === 'string' && Array.isArray(r.reasons)) return [r as SetAsideRecord];
    errors.push(`${say(words, 'fileProblems.setAsideRecord', { position: String(i + 1) })}: ${say(words, 'fileProblems.expectedSetAside')}`);
    return [];
  });
  if (errors.length > 0) return fail(errors);
  const exportedAt = typeof raw.exportedAt === 'string' ? raw.exportedAt : '';
  return { ok: true, backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, workspace, networks, setAside } };
}

/** What the file is instead of a backup, going by its fields. */
function notABackup(raw: Record<string, unknown>, words: ProblemWords): string {
  const format = BACKUP_FORMAT;
  if ('actors' in raw) return say(words, 'fileProblems.networkNotBackup', { format });
  if (raw.format === 'bridgework-scenario') return say(words, 'fileProblems.scenarioNotBackup', { format });
  const given = JSON.stringify(raw.format);
  return given === undefined ? say(words, 'fileProblems.noFormatNotBackup', { format }) : say(words, 'fileProblems.otherNotBackup', { given, format });
}

function listOf(raw: Record<string, unknown>, field: string, errors: string[], words: ProblemWords): unknown[] {
  const value = raw[field];
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  errors.push(`${field}: ${say(words, 'fileProblems.expectedAList')}`);
  return [];
}
