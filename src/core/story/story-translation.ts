// A story's own words in another language: each step's title and caption. Edits, years, focus and the report's quotes stay as shipped.

import type { Story } from './types';

export interface StepTranslation {
  title: string;
  caption: string;
}

export interface StoryTranslation {
  language: string;
  /** The id of the story translated. */
  story: string;
  title: string;
  /** One per step, in the story's order. */
  steps: StepTranslation[];
}

/** The story in the translation's words, or as it is when the translation is of another story or another number of steps. */
export function translateStory(story: Story, translation: StoryTranslation | undefined): Story {
  if (!translation || translation.story !== story.id || translation.steps.length !== story.steps.length) return story;
  return {
    ...story,
    title: translation.title,
    steps: story.steps.map((step, i) => ({ ...step, title: translation.steps[i]!.title, caption: translation.steps[i]!.caption })),
  };
}
