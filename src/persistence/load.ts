// Reads everything stored, moving each record that fails validation to the set-aside store.

import { checkNetworkRecord } from './check-network-record';
import { checkWorkspace } from './check-workspace';
import type { Connection } from './connection';
import type { Outcome } from './outcome';
import { STORES, WORKSPACE_KEY, type NetworkRecord, type SetAsideRecord } from './schema';
import { withStores, type Transaction } from './with-stores';
import type { Workspace } from './workspace';

export interface Loaded {
  workspace: Workspace | null;
  networks: NetworkRecord[];
  /** Everything ever set aside, newest last, including what this load set aside. */
  setAside: SetAsideRecord[];
  /** Harmless fields this load replaced by defaults, for a console note rather than a banner. */
  repairs: string[];
}

const NAMES = [STORES.workspace, STORES.networks, STORES.setAside];
/** Typed readwrite; a read-only pass (move false) writes nothing. */
type LoadTransaction = Transaction<typeof NAMES, 'readwrite'>;

/**
 * One readwrite transaction, so a bad record is moved (written to setAside, removed or rewritten
 * where it was) atomically and a later save cannot drop it. If the disk is too full to move
 * anything, it reads again read-only and returns the set-aside records unwritten.
 */
export async function loadAll(db: Connection, now: () => string): Promise<Outcome<Loaded>> {
  const moved = await withStores(db, NAMES, 'readwrite', (tx) => readAll(tx, true, now()));
  if (moved.ok || moved.kind !== 'quota') return moved;
  return withStores(db, NAMES, 'readonly', (tx) => readAll(tx as unknown as LoadTransaction, false, now()));
}

async function readAll(tx: LoadTransaction, move: boolean, time: string): Promise<Loaded> {
  const aside: SetAsideRecord[] = [];
  const setAside = (from: SetAsideRecord['from'], key: string, reasons: string[], raw: unknown) =>
    aside.push({ from, key, reasons, raw, setAsideAt: time });

  const workspaceStore = tx.objectStore(STORES.workspace);
  const rawWorkspace: unknown = await workspaceStore.get(WORKSPACE_KEY);
  let workspace: Workspace | null = null;
  let repairs: string[] = [];
  if (rawWorkspace !== undefined) {
    const check = checkWorkspace(rawWorkspace);
    for (const r of check.rejected) setAside('workspace', r.key ? `${WORKSPACE_KEY}/${r.key}` : WORKSPACE_KEY, r.reasons, r.raw);
    ({ workspace, repairs } = check);
    if (move && check.rejected.length > 0) {
      // Keeps the revision: the valid content is unchanged, so other tabs are not made stale.
      if (workspace) await workspaceStore.put(workspace, WORKSPACE_KEY);
      else await workspaceStore.delete(WORKSPACE_KEY);
    }
  }

  const networkStore = tx.objectStore(STORES.networks);
  const keys = await networkStore.getAllKeys();
  const values: unknown[] = await networkStore.getAll();
  const networks: NetworkRecord[] = [];
  for (const [i, raw] of values.entries()) {
    const key = String(keys[i]);
    const check = checkNetworkRecord(raw, `network "${key}"`);
    if (check.ok) networks.push(check.record);
    else {
      setAside('networks', key, check.reasons, raw);
      if (move) await networkStore.delete(keys[i]!);
    }
  }

  const asideStore = tx.objectStore(STORES.setAside);
  if (move) for (const record of aside) await asideStore.add(record);
  const stored = await asideStore.getAll();
  return { workspace, networks, setAside: move ? stored : [...stored, ...aside], repairs };
}
