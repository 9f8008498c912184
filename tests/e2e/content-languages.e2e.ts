// The built-in story and the workshop's exercises in the trainee's language; the report's quotes stay as the report wrote them.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StoryTranslation } from '../../src/core/story/story-translation';
import type { ExercisesTranslation } from '../../src/core/workshop/exercise-translation';
import type { Story } from '../../src/core/story/types';
import { bs } from '../../src/i18n/bs/index';
import { sq } from '../../src/i18n/sq/index';
import { useHarness } from './harness';

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const story = read<Story>('data/story-2002-2011.json');

const harness = useHarness();

describe('the shipped content in the interface language', () => {
  it('presents the built-in story in Albanian, with the report\'s quote in English', async () => {
    const words = read<StoryTranslation>('data/translations/story-2002-2011.sq.json');
    const { page, errors } = await harness.open('', { locale: 'sq-AL' });
    await page.getByRole('button', { name: sq['scenario.stories'] as string, exact: true }).click();
    await page.getByRole('button', { name: sq['stories.presentBuiltIn'] as string }).click();
    await page.getByRole('heading', { name: words.steps[0]!.title }).waitFor();
    expect(await page.getByText(words.steps[0]!.caption).count()).toBe(1);
    expect(await page.getByText(story.steps[0]!.evidence!.quote, { exact: false }).count()).toBe(1);
    expect(await page.getByText(`Hapi 1 nga ${story.steps.length}`, { exact: false }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('shows the exercises in Bosnian, their goal in Bosnian, and follows a switch back to English', async () => {
    const words = read<ExercisesTranslation>('data/translations/exercises.bs.json');
    const { page, errors } = await harness.open('', { locale: 'bs-BA' });
    await page.getByRole('button', { name: bs['scenario.workshop'] as string, exact: true }).click();
    const exercise = page.getByRole('combobox', { name: bs['workshop.exercise'] as string, exact: true });
    await expect.poll(() => exercise.locator('option', { hasText: words.exercises['kosovo-serb-door']!.title }).count()).toBe(1);
    await exercise.selectOption('kosovo-serb-door');
    await page.getByText(words.exercises['kosovo-serb-door']!.situation).waitFor();
    const check = page.getByRole('status', { name: bs['workshop.check'] as string });
    await expect.poll(() => check.textContent()).toContain('cilj je najmanje 20%');
    await expect.poll(() => check.textContent()).toContain('8,3%');

    await page.getByRole('combobox', { name: bs['common.language'] as string }).selectOption('en');
    await expect.poll(() => page.getByRole('status', { name: 'Exercise check' }).textContent()).toContain('the goal is at least 20%');
    expect(await page.getByText('A door for Kosovo Serb women').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
