// The scenario layer (METRICS.md): edits to a baseline, applying and undoing them, scenario files.

export * from './types';
export * from './apply';
export * from './actor-group';
export * from './check-edits';
export * from './composite';
export * from './describe';
export * from './diff';
export * from './edit-fields';
export * from './history';
export * from './ids';
export * from './names';
export * from './scenario-file';
export * from './timeline';
export * from './overlay';
export * from './link-status';
