import { describe, expect, it } from 'vitest';
import westernBalkans from '../../../data/western-balkans-2011.json';
import readme from '../../../data/README.md?raw';
import type { Network } from '../../../src/core/model/types';
import { checkStoryAgainst, readStory } from '../../../src/core/story';
import { checkExercisesAgainst, readExercises } from '../../../src/core/workshop';
import { fold, foldedReport, reportPresent } from '../../fixtures/report';

/** The first JSON block of a section of data/README.md. */
function example(heading: string): string {
  const section = readme.slice(readme.indexOf(`\n${heading}\n`));
  return /```json\n([\s\S]*?)```/.exec(section)![1]!;
}

describe('data/README.md story and exercise examples', () => {
  it('readStory reads the "Stories" example, and it fits the embedded network', () => {
    const read = readStory(example('## Stories'), 'example.json');
    expect(read.ok ? [] : read.errors).toEqual([]);
    if (read.ok) expect(checkStoryAgainst(read.story, westernBalkans as Network)).toEqual([]);
  });

  it('readExercises reads the "Exercises" example, and it is playable on the embedded network', () => {
    const read = readExercises(example('## Exercises'), 'example.json');
    expect(read.ok ? [] : read.errors).toEqual([]);
    if (read.ok) expect(checkExercisesAgainst(read.file.exercises, westernBalkans as Network)).toEqual([]);
  });

  it.skipIf(!reportPresent)('the examples quote the report verbatim', () => {
    const quotes = [...`${example('## Stories')}${example('## Exercises')}`.matchAll(/"quote": "([^"]*)"/g)].map((m) => m[1]!);
    expect(quotes).toHaveLength(2);
    expect(quotes.filter((q) => !foldedReport().includes(fold(q)))).toEqual([]);
  });
});
