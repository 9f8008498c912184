// Reads one network's stored scenarios: each one that is not valid is rejected alone, the others load.

import type { Scenario } from '../core/scenario/types';
import { ENGLISH_PROBLEMS, say, type ProblemWords } from '../core/model/problem-words';
import { valueOrMissing } from './value-or-missing';
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
export function checkScenarioSet(raw: Record<string, unknown>, label: string, prefix: string, words: ProblemWords = ENGLISH_PROBLEMS): ScenarioSetCheck {
  const rejected: Rejected[] = [];
  const scenarios: Scenario[] = [];
  (raw.scenarios as unknown[]).forEach((item, i) => {
    const key = `${prefix}scenario ${i + 1}`;
    const where = `${label}, ${say(words, 'fileProblems.scenarioNumber', { position: String(i + 1) })}`;
    const check = checkScenario(item, where, words);
    if (!check.ok) rejected.push({ key, reasons: check.reasons, raw: item });
    else if (scenarios.some((s) => s.id === check.scenario.id)) {
      rejected.push({ key, reasons: [`${where}: ${say(words, 'fileProblems.repeatsScenarioId', { id: check.scenario.id })}`], raw: item });
    } else scenarios.push(check.scenario);
  });
  const repairs: string[] = [];
  const ids = new Set(scenarios.map((s) => s.id));
  const idOf = (field: 'activeId' | 'referenceId'): string | null => {
    const value = raw[field];
    if (value === null || ids.has(value as string)) return value as string | null;
    repairs.push(`${label}, ${field}: ${valueOrMissing(words, value, 'fileProblems.noSuchScenario', 'fileProblems.missingScenarioId')}`);
    return null;
  };
  return { set: { scenarios, activeId: idOf('activeId'), referenceId: idOf('referenceId') }, rejected, repairs };
}
