// validateNetwork, plus what an imported network must not carry: reserved names as ids or communities.

import { validateNetwork, type Validation, type ValidationProblem } from '../model/validate';
import { isReservedKey } from './reserved-keys';

/**
 * Code downstream keys objects by actor id, tie id and community (metrics per group), so a file
 * may not use `__proto__`, `constructor` or `prototype` for them.
 */
export function validateImport(data: unknown): Validation {
  const validation = validateNetwork(data);
  const reserved = reservedValueProblems(data);
  if (reserved.length === 0) return validation;
  return { ok: false, problems: [...(validation.ok ? [] : validation.problems), ...reserved] };
}

function reservedValueProblems(data: unknown): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const check = (list: unknown, noun: string, fields: string[]): void => {
    if (!Array.isArray(list)) return;
    list.forEach((item: unknown, i) => {
      if (typeof item !== 'object' || item === null) return;
      const record = item as Record<string, unknown>;
      const label = typeof record.id === 'string' ? ` ("${record.id}")` : '';
      for (const field of fields) {
        const value = record[field];
        if (typeof value === 'string' && isReservedKey(value)) {
          problems.push({ where: `${noun} ${i + 1}${label}`, field, message: `"${value}" is a reserved name; choose another` });
        }
      }
    });
  };
  const network = data as { actors?: unknown; ties?: unknown } | null;
  check(network?.actors, 'actor', ['id', 'community']);
  check(network?.ties, 'tie', ['id']);
  return problems;
}
