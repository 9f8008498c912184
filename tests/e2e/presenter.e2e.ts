// The built-in story on stage, moved with the keys a presentation clicker sends.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Network } from '../../src/core/model/types';
import { stepNetwork } from '../../src/core/story/step-network';
import { numbersOf } from '../../src/core/story/step-numbers';
import type { Story } from '../../src/core/story/types';
import { useHarness } from './harness';

const baseline = JSON.parse(readFileSync('data/western-balkans-2011.json', 'utf8')) as Network;
const story = JSON.parse(readFileSync('data/story-2002-2011.json', 'utf8')) as Story;

const harness = useHarness();

describe('presenting the story', () => {
  it('plays through every step with the keyboard, each with its caption and its own numbers', async () => {
    const { page, errors } = await harness.open();
    await page.getByRole('button', { name: 'Stories' }).click();
    await page.getByRole('button', { name: 'Present story' }).click();
    for (const [i, step] of story.steps.entries()) {
      if (i > 0) await page.keyboard.press(i % 2 ? 'ArrowRight' : 'PageDown');
      await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe(step.title);
      expect(await page.getByText(`Step ${i + 1} of ${story.steps.length}`).count()).toBe(1);
      expect(await page.getByText(step.caption).count()).toBe(1);
      const expected = numbersOf(stepNetwork(baseline, step), step.k);
      for (const name of ['Reach', 'Inclusion', 'Overlap'] as const) {
        const value = expected[name.toLowerCase() as 'reach' | 'inclusion' | 'overlap'];
        await expect.poll(() => page.getByRole('status', { name, exact: true }).getAttribute('data-value'), { message: `${name} at step ${i + 1}` })
          .toBe(String(value ?? 'n/a'));
      }
    }
    await page.keyboard.press('PageUp');
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe(story.steps.at(-2)!.title);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('toolbar', { name: 'Scenario' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('tells the built-in story over the report\'s network even when another network is open', async () => {
    const { page, errors } = await harness.open();
    await page.getByRole('status', { name: 'Reach', exact: true }).waitFor();
    await page.getByLabel('Network files to import').setInputFiles([
      { name: 'actors.csv', mimeType: 'text/csv', buffer: Buffer.from('id,name,kind,country\na,Women of A,womens_org,Kosovo\nb,Ministry B,government,Kosovo') },
      { name: 'ties.csv', mimeType: 'text/csv', buffer: Buffer.from('source,target,kind\na,b,dialogue') },
    ]);
    const network = page.getByRole('combobox', { name: 'Network' });
    await expect.poll(() => network.inputValue()).toBe('imported-1');
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Stories' }).click();
    await page.getByText("(built in; presenting it opens the report's network)").waitFor();
    await page.getByRole('button', { name: 'Present story' }).click();
    const first = story.steps[0]!;
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe(first.title);
    const expected = numbersOf(stepNetwork(baseline, first), first.k);
    await expect.poll(() => page.getByRole('status', { name: 'Reach', exact: true }).getAttribute('data-value')).toBe(String(expected.reach ?? 'n/a'));
    await page.keyboard.press('Escape');
    await expect.poll(() => network.inputValue()).toBe('');
    expect(errors).toEqual([]);
  });

  it('makes a story of the presenter\'s own from views of the app, keeps it after a reload, and presents it', async () => {
    const { page, errors } = await harness.open();
    await page.getByRole('button', { name: 'Stories' }).click();
    await page.getByRole('button', { name: 'New story' }).click();
    await page.getByRole('button', { name: 'Add this view as a step' }).click();
    await page.getByRole('radio', { name: '3' }).check();
    await page.getByRole('button', { name: 'Add this view as a step' }).click();
    await page.getByRole('textbox', { name: 'Step 1 caption' }).fill('The network as it is.');
    await page.getByRole('textbox', { name: 'Step 1 caption' }).blur();
    await page.getByRole('textbox', { name: 'Step 2 title' }).fill('Three steps out');
    await page.getByRole('textbox', { name: 'Step 2 title' }).blur();
    await page.getByRole('button', { name: 'Move step 2 up' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Step 1 title' }).inputValue()).toBe('Three steps out');
    await expect.poll(() => page.getByRole('status', { name: 'Save status' }).textContent(), { timeout: 5000 }).toBe('All changes saved.');

    await page.reload();
    await page.getByRole('button', { name: 'Stories' }).click();
    await page.getByRole('button', { name: 'Present Story 1' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('Three steps out');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByText('The network as it is.').count()).toBe(1);
    expect(await page.getByText('Step 2 of 2').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
