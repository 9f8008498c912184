// A trainee solves a workshop exercise through the UI, and the app says so, and why.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExercisesFile } from '../../src/core/workshop/types';
import { useHarness } from './harness';

const { exercises } = JSON.parse(readFileSync('data/exercises.json', 'utf8')) as ExercisesFile;

const harness = useHarness();

describe('the workshop', () => {
  it('checks an attempt live, shows hints, says when the goal is met and shows the report\'s lesson; reset starts over', async () => {
    const exercise = exercises.find((e) => e.id === 'kosovo-serb-door')!;
    // The known solution: one new tie (as a group edit of one addTie, the way the app's dialog makes it).
    const added = exercise.solution.flatMap((e) => (e.op === 'group' ? e.edits : [e])).filter((e) => e.op === 'addTie');
    expect(added).toHaveLength(1);
    const { page, errors } = await harness.open();
    await page.getByRole('button', { name: 'Workshop' }).click();
    await page.getByRole('combobox', { name: 'Exercise' }).selectOption(exercise.id);
    const check = page.getByRole('status', { name: 'Exercise check' });
    await expect.poll(() => check.textContent()).toContain('Not yet.');
    await page.getByRole('button', { name: 'Show a hint' }).click();
    expect(await page.getByText(exercise.hints[0]!).count()).toBe(1);

    const tie = added[0]!.op === 'addTie' ? added[0]!.tie : null;
    const names = JSON.parse(readFileSync('data/western-balkans-2011.json', 'utf8')).actors as { id: string; name: string }[];
    const nameOf = (id: string) => names.find((a) => a.id === id)!.name;
    await page.getByRole('toolbar', { name: 'Scenario' }).getByRole('button', { name: 'Add tie' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add tie' });
    for (const [label, id] of [['From', tie!.source], ['To', tie!.target]] as const) {
      await dialog.getByRole('combobox', { name: label }).fill(nameOf(id));
      await dialog.getByRole('combobox', { name: label }).press('Enter');
    }
    await dialog.getByRole('button', { name: 'Add tie' }).click();
    await expect.poll(() => check.textContent()).toContain('Solved!');
    expect(await page.getByText(exercise.lesson.quote, { exact: false }).count()).toBe(1);

    await page.getByRole('button', { name: 'Reset exercise' }).click();
    await expect.poll(() => check.textContent()).toContain('Not yet.');
    expect(errors).toEqual([]);
  });

  it('on an imported network says the built-in exercises are the report\'s, and opens the report\'s network for them', async () => {
    const { page, errors } = await harness.open();
    await page.getByRole('status', { name: 'Reach', exact: true }).waitFor();
    const actors = ['id,name,kind,country', 'a,Women of A,womens_org,Kosovo', 'b,Ministry B,government,Kosovo'].join('\n');
    const ties = ['source,target,kind', 'a,b,dialogue'].join('\n');
    await page.getByLabel('Network files to import').setInputFiles([
      { name: 'actors.csv', mimeType: 'text/csv', buffer: Buffer.from(actors) },
      { name: 'ties.csv', mimeType: 'text/csv', buffer: Buffer.from(ties) },
    ]);
    const network = page.getByRole('combobox', { name: 'Network' });
    await expect.poll(() => network.inputValue()).toBe('imported-1');
    // The import's report of the values it filled in.
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Workshop' }).click();
    await page.getByText("The built-in exercises are written for the report's network, not this one.", { exact: false }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByRole('combobox', { name: 'Exercise' }).locator('option').count()).toBe(1);

    await page.getByRole('button', { name: "Open the report's network" }).click();
    await expect.poll(() => network.inputValue()).toBe('');
    await expect.poll(() => page.getByRole('combobox', { name: 'Exercise' }).locator('option').count()).toBe(exercises.length + 1);
    expect(await page.getByText("The built-in exercises are written for the report's network", { exact: false }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
