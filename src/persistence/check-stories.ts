// Reads the stored stories: each valid one loads, each that is not is set aside on its own.

import { ENGLISH_PROBLEMS, say, type ProblemWords } from '../core/model/problem-words';
import { readStory } from '../core/story/story-file';
import type { Story } from '../core/story/types';
import type { Rejected } from './check-scenario-set';

/** The valid stories; undefined for a record saved before stories existed (it had none). */
export function checkStories(raw: unknown, label: string, rejected: Rejected[], words: ProblemWords = ENGLISH_PROBLEMS): Story[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    rejected.push({ key: 'stories', reasons: [`${label}, stories: ${say(words, 'fileProblems.expectedAList')}`], raw });
    return [];
  }
  const stories: Story[] = [];
  raw.forEach((entry, i) => {
    const read = readStory(JSON.stringify(entry), `${label}, ${say(words, 'fileProblems.storyNumber', { position: String(i + 1) })}`, words);
    if (read.ok) stories.push(read.story);
    else rejected.push({ key: `stories/${i}`, reasons: read.errors, raw: entry });
  });
  return stories;
}
