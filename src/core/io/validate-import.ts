// validateNetwork, plus what an imported network must not carry: reserved names as ids or communities.

import { recordChecker, refOf, validateNetwork, type Validation, type ValidationProblem } from '../model/validate';
import type { ProblemWords } from '../model/problem-words';
import { isReservedKey } from './reserved-keys';

/**
 * Code downstream keys objects by actor id, tie id and community (metrics per group), so a file
 * may not use `__proto__`, `constructor` or `prototype` for them.
 */
export function validateImport(data: unknown, words: ProblemWords): Validation {
  const validation = validateNetwork(data, words);
  const reserved = reservedValueProblems(data, words);
  if (reserved.length === 0) return validation;
  return { ok: false, problems: [...(validation.ok ? [] : validation.problems), ...reserved] };
}

function reservedValueProblems(data: unknown, words: ProblemWords): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const check = (list: unknown, table: 'actor' | 'tie', fields: string[]): void => {
    if (!Array.isArray(list)) return;
    list.forEach((item: unknown, i) => {
      if (typeof item !== 'object' || item === null) return;
      const record = item as Record<string, unknown>;
      for (const field of fields) {
        const value = record[field];
        if (typeof value === 'string' && isReservedKey(value)) {
          recordChecker(refOf(table, i, record), problems, words).report(field, 'problems.reservedName', { value });
        }
      }
    });
  };
  const network = data as { actors?: unknown; ties?: unknown } | null;
  check(network?.actors, 'actor', ['id', 'community']);
  check(network?.ties, 'tie', ['id']);
  return problems;
}
