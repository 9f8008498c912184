// Presenter mode's core: stories of steps over the baseline, read, written and checked against the numbers.

export * from './types';
export * from './check-quote';
export * from './step-fields';
export * from './story-file';
export * from './step-network';
export * from './step-numbers';
export * from './check-story';
export * from './story-translation';
