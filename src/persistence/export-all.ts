// "Download everything": what is stored, merged with what is on screen, as one backup text.

import { writeBackup } from './backup';
import type { Connection } from './connection';
import { STORES, WORKSPACE_KEY, type NetworkRecord, type SetAsideRecord } from './schema';
import { withStores } from './with-stores';
import { scenariosKey, type Workspace, type WorkspaceContent } from './workspace';

/** The tab's own state: the only copy when storage is unavailable, the newest when it is not. */
export interface LiveState {
  workspace?: WorkspaceContent | null;
  networks?: readonly NetworkRecord[];
  setAside?: readonly SetAsideRecord[];
}

/**
 * Never fails for want of storage. The workspace on screen wins over the stored one, since it
 * holds changes not yet saved; if the stored one has other scenarios it goes in setAside, so
 * the file holds both. Networks and set-aside records are the union of stored and live.
 */
export async function exportAll(db: Connection, live: LiveState, time: string): Promise<string> {
  const read = await withStores(db, [STORES.workspace, STORES.networks, STORES.setAside], 'readonly', async (tx) => ({
    workspace: (await tx.objectStore(STORES.workspace).get(WORKSPACE_KEY)) as unknown,
    networks: await tx.objectStore(STORES.networks).getAll(),
    setAside: await tx.objectStore(STORES.setAside).getAll(),
  })).catch(() => null);
  const stored = read?.ok ? read.value : { workspace: undefined, networks: [], setAside: [] };

  const setAside: SetAsideRecord[] = [...stored.setAside, ...(live.setAside ?? []).filter((r) => r.id === undefined)];
  let workspace = (stored.workspace as Workspace | undefined) ?? null;
  if (live.workspace) {
    if (workspace && scenariosKey(workspace) !== scenariosKey(live.workspace)) {
      const reasons = ['the saved copy, which differs from the workspace on screen when this backup was made'];
      setAside.push({ from: 'workspace', key: WORKSPACE_KEY, reasons, raw: workspace, setAsideAt: time });
    }
    workspace = { revision: workspace?.revision ?? 0, savedAt: workspace?.savedAt ?? '', ...live.workspace };
  }
  const networks = [...stored.networks];
  for (const record of live.networks ?? []) if (!networks.some((n) => n.id === record.id)) networks.push(record);
  return writeBackup({ workspace, networks, setAside }, time);
}
