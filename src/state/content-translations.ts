// The shipped story's and exercises' words in Albanian and Bosnian/Croatian/Serbian: each file loads only when its language and its panel are open.

import type { StoryTranslation } from '../core/story/story-translation';
import type { ExercisesTranslation } from '../core/workshop/exercise-translation';
import type { Locale } from '../i18n/locales';

type Translated = Exclude<Locale, 'en'>;

const EXERCISES: Record<Translated, () => Promise<unknown>> = {
  sq: () => import('../../data/translations/exercises.sq.json'),
  bs: () => import('../../data/translations/exercises.bs.json'),
};

const STORY: Record<Translated, () => Promise<unknown>> = {
  sq: () => import('../../data/translations/story-2002-2011.sq.json'),
  bs: () => import('../../data/translations/story-2002-2011.bs.json'),
};

const contentOf = async <T>(load: (() => Promise<unknown>) | undefined): Promise<T | undefined> =>
  load ? ((await load()) as { default: T }).default : undefined;

/** The shipped exercises in `locale`; none for English, whose words are the exercises' own. */
export const exercisesTranslation = (locale: Locale): Promise<ExercisesTranslation | undefined> =>
  contentOf(EXERCISES[locale as Translated]);

/** The built-in story in `locale`; none for English. */
export const storyTranslation = (locale: Locale): Promise<StoryTranslation | undefined> => contentOf(STORY[locale as Translated]);
