// An exercise's own words in another language. The goal, the moves and the report's lesson (a verbatim quote) stay as shipped.

import type { Exercise } from './types';

export interface ExerciseTranslation {
  title: string;
  situation: string;
  /** As many as the exercise has, in the same order. */
  hints: string[];
}

/** A language's translations of the shipped exercises, by exercise id. */
export interface ExercisesTranslation {
  language: string;
  exercises: Record<string, ExerciseTranslation>;
}

/** The exercise in the translation's words, or as it is when the translation lacks it. */
export function translateExercise(exercise: Exercise, translation: ExercisesTranslation | undefined): Exercise {
  const words = translation?.exercises[exercise.id];
  return words ? { ...exercise, title: words.title, situation: words.situation, hints: words.hints } : exercise;
}
