// Reads a stored workspace: what is valid loads, each scenario that is not is set aside on its own.

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
 * open network, is rejected whole. The view and the ids are repaired, never rejected.
 */
export function checkWorkspace(raw: unknown, label = 'workspace'): WorkspaceCheck {
  const whole = (reason: string): WorkspaceCheck => ({ workspace: null, rejected: [{ key: '', reasons: [`${label}: ${reason}`], raw }], repairs: [] });
  if (!isRecord(raw)) return whole('expected an object');
  if (!Number.isInteger(raw.revision) || (raw.revision as number) < 0) return whole('revision: expected a whole number');
  if (!Array.isArray(raw.scenarios)) return whole('scenarios: expected a list');

  const open = checkScenarioSet(raw, label, '');
  const rejected = [...open.rejected];
  const { view, repairs } = checkView(raw.view, `${label}, view`);
  repairs.push(...open.repairs);
  const networkId = raw.networkId === null || (typeof raw.networkId === 'string' && raw.networkId !== '') ? raw.networkId : null;
  if (networkId !== raw.networkId) repairs.push(`${label}, networkId: ${JSON.stringify(raw.networkId) ?? 'missing'} is not valid; the embedded network is used`);
  const savedAt = typeof raw.savedAt === 'string' ? raw.savedAt : '';

  const shelf: Record<string, ScenarioSet> = {};
  const shelfRaw = raw.shelf === undefined ? {} : raw.shelf;
  if (!isRecord(shelfRaw)) rejected.push({ key: 'shelf', reasons: [`${label}, shelf: expected an object of scenario sets by network id`], raw: shelfRaw });
  else {
    for (const [id, entry] of Object.entries(shelfRaw)) {
      const where = `${label}, shelf "${id}"`;
      if (id === (networkId ?? EMBEDDED_KEY)) rejected.push({ key: `shelf/${id}`, reasons: [`${where}: is the open network, whose scenarios are stored at the top`], raw: entry });
      else if (!isRecord(entry) || !Array.isArray(entry.scenarios)) rejected.push({ key: `shelf/${id}`, reasons: [`${where}: expected { scenarios, activeId, referenceId }`], raw: entry });
      else {
        const check = checkScenarioSet(entry, where, `shelf/${id}/`);
        shelf[id] = check.set;
        rejected.push(...check.rejected);
        repairs.push(...check.repairs);
      }
    }
  }
  const stories = checkStories(raw.stories, label, rejected);
  const workspace: Workspace = { revision: raw.revision as number, savedAt, networkId, ...open.set, shelf, view, ...(stories ? { stories } : {}) };
  return { workspace, rejected, repairs };
}
