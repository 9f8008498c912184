// The story that ships with the app, loaded when a presenter first asks for it (it is not needed to show the network).

import { readStory } from '../core/story/story-file';
import { translateStory } from '../core/story/story-translation';
import type { Story } from '../core/story/types';
import { i18n } from '../i18n/i18n.svelte';
import { storyTranslation } from './content-translations';

/** The story in the interface's language: a presenter does not switch language on stage, so it is read once. */
export async function builtInStory(): Promise<Story> {
  const [{ default: text }, translation] = await Promise.all([import('../../data/story-2002-2011.json?raw'), storyTranslation(i18n.locale)]);
  const read = readStory(text, 'data/story-2002-2011.json');
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return translateStory(read.story, translation);
}
