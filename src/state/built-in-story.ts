// The story that ships with the app, loaded when a presenter first asks for it (it is not needed to show the network).

import { readStory } from '../core/story/story-file';
import type { Story } from '../core/story/types';

export async function builtInStory(): Promise<Story> {
  const { default: text } = await import('../../data/story-2002-2011.json?raw');
  const read = readStory(text, 'data/story-2002-2011.json');
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return read.story;
}
