// Writes a backup back into storage, setting aside the workspace it replaces.

import type { Backup } from './backup';
import type { Connection } from './connection';
import type { Outcome } from './outcome';
import { STORES, WORKSPACE_KEY, type NetworkRecord } from './schema';
import { withStores } from './with-stores';
import { scenariosKey, type Workspace } from './workspace';

export interface Restored {
  /** The workspace now stored (the backup's, with a new revision), or the one kept if the backup had none. */
  workspace: Workspace | null;
  networks: NetworkRecord[];
}

/**
 * One transaction. The backup's workspace replaces the stored one at a revision above both, so
 * other tabs see it as newer; the replaced one is set aside if its scenarios differ. The
 * backup's networks are written over those with the same id; its set-aside records are added.
 */
export async function restoreBackup(db: Connection, backup: Backup, time: string): Promise<Outcome<Restored>> {
  return withStores(db, [STORES.workspace, STORES.networks, STORES.setAside], 'readwrite', async (tx) => {
    const workspaces = tx.objectStore(STORES.workspace);
    const aside = tx.objectStore(STORES.setAside);
    const stored = (await workspaces.get(WORKSPACE_KEY)) as Workspace | undefined;
    let workspace = stored ?? null;
    if (backup.workspace) {
      if (stored && scenariosKey(stored) !== scenariosKey(backup.workspace)) {
        const reasons = [`replaced by restoring a backup made ${backup.exportedAt || 'at an unknown time'}`];
        await aside.add({ from: 'restore', key: WORKSPACE_KEY, reasons, raw: stored, setAsideAt: time });
      }
      const revision = Math.max(Number.isInteger(stored?.revision) ? stored!.revision : 0, backup.workspace.revision) + 1;
      workspace = { ...backup.workspace, revision, savedAt: time };
      await workspaces.put(workspace, WORKSPACE_KEY);
    }
    const networks = tx.objectStore(STORES.networks);
    for (const record of backup.networks) await networks.put(record);
    for (const { id: _id, ...record } of backup.setAside) await aside.add(record);
    return { workspace, networks: await networks.getAll() };
  });
}
