// Saves the workspace in one transaction that refuses to overwrite newer work or empty a full one.

import type { Connection } from './connection';
import { failure, type Outcome } from './outcome';
import { STORES, WORKSPACE_KEY } from './schema';
import { withStores } from './with-stores';
import { scenarioCount, scenariosKey, type Workspace, type WorkspaceContent } from './workspace';

export interface SaveOptions {
  /**
   * Lets a workspace with no scenarios replace one that has some. The UI signals a deliberate
   * deletion by passing it to Autosaver.changed from the "Delete scenario" action, the one way
   * a user removes a scenario; any other road to an empty workspace (a tab that never restored,
   * a bug that resets the state) is refused as 'empty' and the saved scenarios stay.
   */
  allowEmpty?: boolean;
}

export interface Saved {
  revision: number;
  savedAt: string;
}

/**
 * Reads the stored revision and refuses with 'stale' if it is newer than `baseRevision` (another
 * tab saved since this one loaded): the stored work stays, and the refused workspace is set aside
 * if its scenarios differ, so neither tab's work is lost. Otherwise writes revision + 1.
 */
export async function saveWorkspace(
  db: Connection,
  content: WorkspaceContent,
  baseRevision: number,
  options: SaveOptions,
  time: string,
): Promise<Outcome<Saved>> {
  const outcome = await withStores(db, [STORES.workspace, STORES.setAside], 'readwrite', async (tx): Promise<Outcome<Saved>> => {
    const store = tx.objectStore(STORES.workspace);
    const stored: unknown = await store.get(WORKSPACE_KEY);
    const storedRevision = revisionOf(stored);
    if (storedRevision > baseRevision) {
      if (scenariosKey(stored) !== scenariosKey(content)) {
        const reasons = [`not saved: this tab had revision ${baseRevision}, another tab had saved revision ${storedRevision}`];
        await tx.objectStore(STORES.setAside).add({ from: 'save', key: WORKSPACE_KEY, reasons, raw: content, setAsideAt: time });
      }
      return failure('stale');
    }
    if (scenarioCount(content) === 0 && scenarioCount(stored) > 0 && !options.allowEmpty) return failure('empty');
    const revision = Math.max(storedRevision, baseRevision) + 1;
    const workspace: Workspace = { ...content, revision, savedAt: time };
    await store.put(workspace, WORKSPACE_KEY);
    return { ok: true, value: { revision, savedAt: time } };
  });
  return outcome.ok ? outcome.value : outcome;
}

function revisionOf(stored: unknown): number {
  const revision = (stored as { revision?: unknown } | undefined)?.revision;
  return Number.isInteger(revision) ? (revision as number) : 0;
}
