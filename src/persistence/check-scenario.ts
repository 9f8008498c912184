// Checks one saved scenario with the scenario file reader, so storage and files agree on what is valid.

import { ENGLISH_PROBLEMS, say, type ProblemWords } from '../core/model/problem-words';
import { readScenarioFile } from '../core/scenario/scenario-file';
import { SCENARIO_FORMAT, SCENARIO_SCHEMA_VERSION, type Scenario } from '../core/scenario/types';

export type ScenarioCheck = { ok: true; scenario: Scenario } | { ok: false; reasons: string[] };

/**
 * Wraps the stored value as a scenario file and reads it back: the same checks a file gets, the
 * same messages (prefixed with `label`), and a JSON-clean copy as the result.
 */
export function checkScenario(raw: unknown, label: string, words: ProblemWords = ENGLISH_PROBLEMS): ScenarioCheck {
  let text: string;
  try {
    text = JSON.stringify({ format: SCENARIO_FORMAT, schemaVersion: SCENARIO_SCHEMA_VERSION, scenario: raw });
  } catch (error) {
    return { ok: false, reasons: [`${label}: ${say(words, 'fileProblems.notJson', { detail: (error as Error).message })}`] };
  }
  const read = readScenarioFile(text, label, words);
  return read.ok ? { ok: true, scenario: read.scenarioFile.scenario } : { ok: false, reasons: read.errors };
}
