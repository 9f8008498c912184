// Checks a stored imported network: its id, file name and time, and the network itself.

import { FieldChecker, type ValidationProblem } from '../core/model/field-checker';
import { describeProblems, validateNetwork } from '../core/model/validate';
import { ENGLISH_PROBLEMS, type ProblemWords } from '../core/model/problem-words';
import type { NetworkRecord } from './schema';

export type NetworkRecordCheck = { ok: true; record: NetworkRecord } | { ok: false; reasons: string[] };

export function checkNetworkRecord(raw: unknown, label: string, words: ProblemWords = ENGLISH_PROBLEMS): NetworkRecordCheck {
  const problems: ValidationProblem[] = [];
  const check = new FieldChecker(label, problems, words);
  if (check.isRecord(raw)) {
    check.text(raw, 'id', { required: true });
    const names = check.list(raw, 'fileNames');
    if (Array.isArray(raw.fileNames) && (names.length === 0 || names.some((n) => typeof n !== 'string' || n === ''))) check.report('fileNames', 'fileProblems.expectedFileNames');
    check.text(raw, 'importedAt', { required: true });
    if (raw.network === undefined) check.report('network', 'problems.missing');
    else {
      const validation = validateNetwork(raw.network, words);
      if (!validation.ok) problems.push(...validation.problems.map((p) => ({ ...p, where: p.record === undefined ? label : `${label}, ${p.where}` })));
    }
  }
  if (problems.length > 0) return { ok: false, reasons: describeProblems(problems, words) };
  return { ok: true, record: raw as NetworkRecord };
}
