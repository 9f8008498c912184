// The format tag and schema version every file of the app's own formats starts with.

import type { FieldChecker } from './field-checker';

/** False (with a problem recorded) when `format` is not the expected tag: nothing else is worth checking then. */
export function checkFileHeader(top: FieldChecker, data: Record<string, unknown>, format: string, version: number): boolean {
  if (data.format !== format) {
    top.problem('format', `expected "${format}", got ${JSON.stringify(data.format) ?? 'nothing'}`);
    return false;
  }
  if (data.schemaVersion !== version) {
    const newer = typeof data.schemaVersion === 'number' && data.schemaVersion > version;
    top.problem('schemaVersion', `expected ${version}, got ${JSON.stringify(data.schemaVersion) ?? 'nothing'}${newer ? ' (written by a newer version of Bridgework)' : ''}`);
  }
  return true;
}
