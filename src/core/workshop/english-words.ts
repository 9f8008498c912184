// The core's own wording: the English sentences, filled without the interface's i18n (for tests and tools).

import { percent } from '../story/step-numbers';
import { workshopSentences, type SentenceKey, type SentenceParams, type Words } from './sentences';
import { ordinal, share } from './words';

function say(key: SentenceKey, params: SentenceParams = {}): string {
  const message: string | { one: string; other: string } = workshopSentences[key];
  const text = typeof message === 'string' ? message : params.count === 1 ? message.one : message.other;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}

export const englishWords: Words = { say, ordinal, percent, share, country: (country) => country };
