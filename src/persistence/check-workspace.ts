// Reads a stored workspace: what is valid loads, each scenario that is not is set aside on its own.

import { ENGLISH_PROBLEMS, say, type ProblemKey, type ProblemWords } from '../core/model/problem-words';
import { valueOrMissing } from './value-or-missing';
import { checkScenarioSet, type Rejected } from './check-scenario-set';
import { checkView } from './check-view';
import { checkStories } from './check-stories';
import { EMBEDDED_KEY } from './schema';
import type { ScenarioSet, Workspace } from './workspace';

export type { Rejected } from './check-scenario-set';

export interface WorkspaceCheck {
  /** Null when the record as a whole is unusable (then it is the one Rejected, key ''). */
  workspace: Workspace | null;
  /** Scenarios, shelf entries or the whole record that did not pass, to set aside. */
  rejected: Rejected[];
  /** Harmless fields replaced by defaults (a dangling active id, a bad view field). */
  repairs: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The record must be an object with a whole-number `revision` and a `scenarios` list, or the
 * whole of it is rejected. The open network's scenarios and each shelved network's are checked
 * one by one (checkScenarioSet); a shelf entry that is not a scenario set, or that repeats the
 * open network, is rejected whole. The view and the ids are repaired, never rejected. Reasons and
 * repairs are worded in `words`' language (a restore shows them; a load stores them in English).
 */
export function checkWorkspace(raw: unknown, words: ProblemWords = ENGLISH_PROBLEMS, label = say(words, 'fileProblems.workspace')): WorkspaceCheck {
  const whole = (reason: string): WorkspaceCheck => ({ workspace: null, rejected: [{ key: '', reasons: [`${label}: ${reason}`], raw }], repairs: [] });
  const saying = (key: ProblemKey, params?: Record<string, string>) => say(words, key, params);
  if (!isRecord(raw)) return whole(saying('fileProblems.expectedAnObject'));
  if (!Number.isInteger(raw.revision) || (raw.revision as number) < 0) return whole(`revision: ${saying('fileProblems.expectedRevision')}`);
  if (!Array.isArray(raw.scenarios)) return whole(`scenarios: ${saying('fileProblems.expectedAList')}`);

  const open = checkScenarioSet(raw, label, '', words);
  const rejected = [...open.rejected];
  const { view, repairs } = checkView(raw.view, `${label}, view`, words);
  repairs.push(...open.repairs);
  const networkId = raw.networkId === null || (typeof raw.networkId === 'string' && raw.networkId !== '') ? raw.networkId : null;
  if (networkId !== raw.networkId) repairs.push(`${label}, networkId: ${valueOrMissing(words, raw.networkId, 'fileProblems.invalidNetworkId', 'fileProblems.missingNetworkId')}`);
  const savedAt = typeof raw.savedAt === 'string' ? raw.savedAt : '';

  const shelf: Record<string, ScenarioSet> = {};
  const shelfRaw = raw.shelf === undefined ? {} : raw.shelf;
  if (!isRecord(shelfRaw)) rejected.push({ key: 'shelf', reasons: [`${label}, shelf: ${saying('fileProblems.expectedShelf')}`], raw: shelfRaw });
  else {
    for (const [id, entry] of Object.entries(shelfRaw)) {
      const where = `${label}, shelf "${id}"`;
      if (id === (networkId ?? EMBEDDED_KEY)) rejected.push({ key: `shelf/${id}`, reasons: [`${where}: ${saying('fileProblems.shelfIsOpen')}`], raw: entry });
      else if (!isRecord(entry) || !Array.isArray(entry.scenarios)) rejected.push({ key: `shelf/${id}`, reasons: [`${where}: ${saying('fileProblems.expectedScenarioSet')}`], raw: entry });
      else {
        const check = checkScenarioSet(entry, where, `shelf/${id}/`, words);
        shelf[id] = check.set;
        rejected.push(...check.rejected);
        repairs.push(...check.repairs);
      }
    }
  }
  const stories = checkStories(raw.stories, label, rejected, words);
  const workspace: Workspace = { revision: raw.revision as number, savedAt, networkId, ...open.set, shelf, view, ...(stories ? { stories } : {}) };
  return { workspace, rejected, repairs };
}
