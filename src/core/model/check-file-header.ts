// The format tag and schema version every file of the app's own formats starts with.

import type { FieldChecker } from './field-checker';

/** False (with a problem recorded) when `format` is not the expected tag: nothing else is worth checking then. */
export function checkFileHeader(top: FieldChecker, data: Record<string, unknown>, format: string, version: number): boolean {
  if (data.format !== format) {
    top.report('format', 'problems.expectedFormat', { expected: format, got: top.asJson(data.format) });
    return false;
  }
  if (data.schemaVersion !== version) {
    const newer = typeof data.schemaVersion === 'number' && data.schemaVersion > version;
    top.report('schemaVersion', newer ? 'problems.expectedVersionNewer' : 'problems.expectedVersion', { expected: version, got: top.asJson(data.schemaVersion) });
  }
  return true;
}

