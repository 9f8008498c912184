// IndexedDB persistence: the store, the autosaver, the cross-tab channel and the saved shapes.

export * from './schema';
export * from './workspace';
export * from './outcome';
export * from './store';
export * from './autosave';
export * from './save-status';
export { QUIET_MS, MAX_WAIT_MS, type Timers } from './save-timing';
export * from './channel';
export * from './persist';
export * from './backup';
export * from './view-snapshot';
export type { Loaded } from './load';
export type { SaveOptions, Saved } from './save';
export type { Restored } from './restore';
export type { LiveState } from './export-all';
export { readBackup, type BackupRead } from './read-backup';
export { withStores, type Transaction } from './with-stores';
export { checkWorkspace, type Rejected, type WorkspaceCheck } from './check-workspace';
export * from './workspace-state';
export type { NetworkSaveOptions } from './networks';
