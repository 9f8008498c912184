// Reads one network's stored scenarios: each one that is not valid is rejected alone, the others load.

import type { Scenario } from '../core/scenario/types';
import { checkScenario } from './check-scenario';
import type { ScenarioSet } from './workspace';

/** A part that failed validation: where it was, why, and its raw content. */
export interface Rejected {
  key: string;
  reasons: string[];
  raw: unknown;
}

export interface ScenarioSetCheck {
  set: ScenarioSet;
  rejected: Rejected[];
  /** Ids that named no loaded scenario, replaced by null. */
  repairs: string[];
}

/**
 * `raw.scenarios` must be a list (the caller checks); each scenario is checked as a scenario file
 * is, and a bad one, or one whose id repeats an earlier one, is rejected with `key` naming it
 * (`${prefix}scenario 2`). An active or reference id that names no loaded scenario becomes null.
 */
export function checkScenarioSet(raw: Record<string, unknown>, label: string, prefix: string): ScenarioSetCheck {
  const rejected: Rejected[] = [];
  const scenarios: Scenario[] = [];
  (raw.scenarios as unknown[]).forEach((item, i) => {
    const key = `${prefix}scenario ${i + 1}`;
    const check = checkScenario(item, `${label}, scenario ${i + 1}`);
    if (!check.ok) rejected.push({ key, reasons: check.reasons, raw: item });
    else if (scenarios.some((s) => s.id === check.scenario.id)) {
      rejected.push({ key, reasons: [`${label}, scenario ${i + 1}: id "${check.scenario.id}" repeats an earlier scenario's`], raw: item });
    } else scenarios.push(check.scenario);
  });
  const repairs: string[] = [];
  const ids = new Set(scenarios.map((s) => s.id));
  const idOf = (field: 'activeId' | 'referenceId'): string | null => {
    const value = raw[field];
    if (value === null || ids.has(value as string)) return value as string | null;
    repairs.push(`${label}, ${field}: ${JSON.stringify(value) ?? 'missing'} names no scenario; null is used`);
    return null;
  };
  return { set: { scenarios, activeId: idOf('activeId'), referenceId: idOf('referenceId') }, rejected, repairs };
}
