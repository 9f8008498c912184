// The shipped story and exercises in every interface language: every step and exercise translated, with the
// same numbers as the English, and the actors the hints tell a trainee to pick named as the data names them.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Network } from '../../src/core/model/types';
import type { StoryTranslation } from '../../src/core/story/story-translation';
import type { Story } from '../../src/core/story/types';
import type { ExercisesTranslation } from '../../src/core/workshop/exercise-translation';
import type { ExercisesFile } from '../../src/core/workshop/types';
import { bs } from '../../src/i18n/bs/index';
import { LOCALES } from '../../src/i18n/locales';
import { sq } from '../../src/i18n/sq/index';

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const story = read<Story>('data/story-2002-2011.json');
const { exercises } = read<ExercisesFile>('data/exercises.json');
const network = read<Network>('data/western-balkans-2011.json');
const CATALOGUES = { sq, bs };

/** The numbers a text states (8.6% and 8,6% alike), in order. */
const numbers = (text: string): string[] => (text.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => n.replace(',', '.'));

/** Actor names and acronyms the text mentions, longest first so a name is not also counted by its part. */
function actorsIn(text: string): string[] {
  const names = network.actors.flatMap((a) => [a.name, ...(a.short ? [a.short] : [])]).sort((a, b) => b.length - a.length);
  const found: string[] = [];
  let rest = text;
  for (const name of names) {
    if (!new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(rest)) continue;
    found.push(name);
    rest = rest.split(name).join(' ');
  }
  return found.sort();
}

describe.each(LOCALES.filter((locale) => locale !== 'en') as Array<'sq' | 'bs'>)('the %s content', (locale) => {
  const storyWords = read<StoryTranslation>(`data/translations/story-2002-2011.${locale}.json`);
  const exerciseWords = read<ExercisesTranslation>(`data/translations/exercises.${locale}.json`);

  it('translates every step of the built-in story, with the numbers of the English caption', () => {
    // The stories panel names the story before it loads: the same title, without a closing full stop.
    expect(storyWords).toMatchObject({ language: locale, story: story.id });
    expect(storyWords.title).toBe((CATALOGUES[locale]['sidebar.builtInStory'] as string).replace(/\.$/, ''));
    expect(storyWords.steps).toHaveLength(story.steps.length);
    story.steps.forEach((step, i) => {
      const words = storyWords.steps[i]!;
      expect(words.title.trim() && words.caption.trim(), `step ${i + 1}`).toBeTruthy();
      expect(numbers(words.title), `step ${i + 1} title`).toEqual(numbers(step.title));
      expect(numbers(words.caption), `step ${i + 1} caption`).toEqual(numbers(step.caption));
    });
  });

  it('translates every exercise: title, situation and each hint, with the numbers of the English', () => {
    expect(exerciseWords.language).toBe(locale);
    expect(Object.keys(exerciseWords.exercises).sort()).toEqual(exercises.map((e) => e.id).sort());
    for (const exercise of exercises) {
      const words = exerciseWords.exercises[exercise.id]!;
      expect(words.title.trim(), exercise.id).toBeTruthy();
      expect(numbers(words.situation), `${exercise.id} situation`).toEqual(numbers(exercise.situation));
      expect(words.hints, `${exercise.id} hints`).toHaveLength(exercise.hints.length);
      words.hints.forEach((hint, i) => expect(numbers(hint), `${exercise.id} hint ${i + 1}`).toEqual(numbers(exercise.hints[i]!)));
    }
  });

  it('names the actors of each last, most specific hint as the data names them, so a trainee finds them in the pickers', () => {
    for (const exercise of exercises) {
      const english = actorsIn(exercise.hints.at(-1)!);
      expect(actorsIn(exerciseWords.exercises[exercise.id]!.hints.at(-1)!), exercise.id).toEqual(expect.arrayContaining(english));
    }
  });
});
