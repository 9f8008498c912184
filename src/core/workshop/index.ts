// Workshop mode's core: exercises read from JSON, attempts checked with the metrics engine, guesses revealed.

export * from './types';
export { namesOf, ordinal, share, type Names } from './words';
export * from './sentences';
export { englishWords } from './english-words';
export * from './goal-result';
export * from './goal-fields';
export * from './exercise-fields';
export * from './exercises-file';
export * from './count-moves';
export * from './nearest-decision-maker';
export * from './goal-paths';
export * from './goal-shares';
export * from './goal-facilitator';
export * from './evaluate-goal';
export * from './describe-goal';
export * from './check-exercise';
export * from './check-exercises-against';
export * from './rank-correlation';
export * from './compare-guess';
export * from './exercise-translation';
