// The database's persisted names, its version and the shape of each store.

import type { DBSchema } from 'idb';
import type { Network } from '../core/model/types';
import type { Workspace } from './workspace';

/*
 * Persisted names. Browsers keep these on the user's disk from one release to the next: renaming
 * one, or changing a store's key, strands everything users saved under the old name.
 * DO NOT CHANGE ANY OF THEM WITHOUT A MIGRATION: bump DB_VERSION, add a case to upgrade.ts and a
 * frozen fixture of the old version to tests/fixtures/persistence/.
 */

/** The IndexedDB database's name. */
export const DB_NAME = 'bridgework';

/** The schema version; upgrade.ts brings a database of any older version up to it. */
export const DB_VERSION = 1;

/** Key of the one record in the workspace store. */
export const WORKSPACE_KEY = 'current';

/** The embedded network's key among the workspace's shelved scenarios (LibraryState's EMBEDDED). */
export const EMBEDDED_KEY = 'embedded';

/** The object stores. Keys: workspace, stories, progress, settings out-of-line; networks and setAside by `id`. */
export const STORES = {
  /** One record under WORKSPACE_KEY: the scenarios, the active and reference ids, the view. */
  workspace: 'workspace',
  /** Imported networks by id, with file name and time (the embedded network ships with the app). */
  networks: 'networks',
  /** Records that failed validation, a stale tab's refused work, a workspace a restore replaced. */
  setAside: 'setAside',
  /** Presenter stories. Empty for now: created in v1 so that feature needs no migration. */
  stories: 'stories',
  /** Exercise progress by exercise id. Empty for now, as stories. */
  progress: 'progress',
  /** Settings, key to value. Empty for now, as stories. */
  settings: 'settings',
} as const;

export type StoreName = (typeof STORES)[keyof typeof STORES];

/** An imported network as stored (the shape of LibraryState's ImportedNetwork): the network, its files, when. */
export interface NetworkRecord {
  id: string;
  network: Network;
  /** The file or files it was read from. */
  fileNames: string[];
  /** ISO 8601. */
  importedAt: string;
}

/** Where a set-aside record came from. */
export type SetAsideSource = 'workspace' | 'networks' | 'save' | 'restore';

/** Something kept out of the way instead of thrown away: its raw content and why. */
export interface SetAsideRecord {
  /** Assigned by the store (autoIncrement); absent until written. */
  id?: number;
  from: SetAsideSource;
  /** The record or part it was: `current`, `current/scenario 2`, `current/shelf/imported-1/scenario 1`, a network id. */
  key: string;
  reasons: string[];
  /** The content exactly as it was read or refused. */
  raw: unknown;
  /** ISO 8601. */
  setAsideAt: string;
}

export interface BridgeworkSchema extends DBSchema {
  workspace: { key: string; value: Workspace };
  networks: { key: string; value: NetworkRecord };
  setAside: { key: number; value: SetAsideRecord };
  stories: { key: string; value: unknown };
  progress: { key: string; value: unknown };
  settings: { key: string; value: unknown };
}
