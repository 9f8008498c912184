// Reads and writes scenario files: JSON with a format tag, a schema version and one scenario.

import { parseJsonFile } from '../io/parse-json-file';
import { checkFileHeader } from '../model/check-file-header';
import { FieldChecker, type ValidationProblem } from '../model/field-checker';
import { ENGLISH_PROBLEMS, say, type ProblemWords } from '../model/problem-words';
import { describeProblems } from '../model/validate';
import { checkEdits } from './check-edits';
import { SCENARIO_FORMAT, SCENARIO_SCHEMA_VERSION, type Scenario, type ScenarioFile } from './types';

export type ScenarioRead =
  | {
      ok: true;
      scenarioFile: ScenarioFile;
      /** True when the text was a bare scenario or `{ edits: [...] }` rather than a full file. */
      bare: boolean;
    }
  | { ok: false; file: string; errors: string[] };

/** Scenario files larger than this are refused before parsing; an edit list is small. */
export const MAX_SCENARIO_BYTES = 10 * 1024 * 1024;

/**
 * Reads a scenario file, or says what is wrong with it: every error names the file, the edit
 * (`edit 3` or `edit 2, step 1`) and the field. Three shapes are accepted:
 *  - a full ScenarioFile (`format: "bridgework-scenario"`, `schemaVersion: 1`, `scenario`);
 *  - a bare Scenario, or just `{ "edits": [...] }`, for hand-written files and the command
 *    line: anything without `format` that has `edits`. Missing fields default to id and name
 *    from the file name, note "", seed 1.
 * Edits are checked for their shape and field values; whether they apply to a baseline is
 * applyEdits' to say, as problems, since the file does not carry the baseline. The problems
 * are worded in `words`' language; values, ids and field names are quoted as given.
 */
export function readScenarioFile(text: string, fileName: string, words: ProblemWords = ENGLISH_PROBLEMS): ScenarioRead {
  const fail = (errors: string[]): ScenarioRead => ({ ok: false, file: fileName, errors: errors.map((e) => `${fileName}: ${e}`) });
  const parsed = parseJsonFile(text, MAX_SCENARIO_BYTES, words);
  if (!parsed.ok) return fail([parsed.error]);
  const data = parsed.data;
  const problems: ValidationProblem[] = [];
  const failWithProblems = () => fail(describeProblems(problems, words));
  const top = new FieldChecker(say(words, 'fileProblems.scenarioFile'), problems, words);
  if (!top.isRecord(data)) return failWithProblems();
  const bare = data.format === undefined && 'edits' in data;
  if (!bare) {
    if ('actors' in data && 'ties' in data && data.format !== SCENARIO_FORMAT) {
      top.report('format', 'fileProblems.networkNotScenario');
      return failWithProblems();
    }
    if (!checkFileHeader(top, data, SCENARIO_FORMAT, SCENARIO_SCHEMA_VERSION)) return failWithProblems();
    top.text(data, 'baselineTitle');
  }
  const raw = bare ? withDefaults(data, fileName) : data.scenario;
  const check = new FieldChecker(say(words, 'fileProblems.scenario'), problems, words);
  if (raw === undefined) top.report('scenario', 'problems.missing');
  else if (check.isRecord(raw)) {
    check.text(raw, 'id', { required: true });
    check.text(raw, 'name', { required: true });
    if (typeof raw.note !== 'string') check.report('note', 'fileProblems.expectedTextMaybeEmpty');
    check.count(raw, 'seed');
    if (raw.seed === undefined || (typeof raw.seed === 'number' && raw.seed > 0xffffffff)) check.report('seed', 'fileProblems.expectedSeed', { max: String(0xffffffff) });
    checkEdits(check.list(raw, 'edits'), problems, words);
  }
  if (problems.length > 0) return failWithProblems();
  const scenario = raw as Scenario;
  const baselineTitle = bare ? undefined : (data.baselineTitle as string | undefined);
  return { ok: true, scenarioFile: scenarioFile(scenario, baselineTitle), bare };
}

function withDefaults(data: Record<string, unknown>, fileName: string): Record<string, unknown> {
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'scenario';
  return { id: stem, name: stem, note: '', seed: 1, ...data };
}

function scenarioFile(scenario: Scenario, baselineTitle: string | undefined): ScenarioFile {
  return {
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    format: SCENARIO_FORMAT,
    ...(baselineTitle === undefined ? {} : { baselineTitle }),
    scenario,
  };
}

/** The scenario as file text (two-space JSON, ending in a newline) that readScenarioFile reads back. */
export function writeScenarioFile(scenario: Scenario, baselineTitle?: string): string {
  return `${JSON.stringify(scenarioFile(scenario, baselineTitle), null, 2)}\n`;
}
