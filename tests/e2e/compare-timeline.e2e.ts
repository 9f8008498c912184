// Comparing scenarios side by side, and stepping through the years of the network.

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Network, Tie } from '../../src/core/model/types';
import { useHarness } from './harness';

const data = JSON.parse(readFileSync('data/western-balkans-2011.json', 'utf8')) as Network;

const harness = useHarness();

async function pick(page: Page, label: string, name: string): Promise<void> {
  const box = page.getByRole('dialog').getByRole('combobox', { name: label });
  await box.fill(name);
  await box.press('Enter');
}

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Scenario' });
const reach = (page: Page) => page.getByRole('status', { name: 'Reach', exact: true });

describe('compare', () => {
  it('shows the baseline and every scenario with the numbers each shows on its own', async () => {
    const { page, errors } = await harness.open();
    await expect.poll(() => reach(page).textContent()).toMatch(/%$/);
    const baselineReach = await reach(page).textContent();

    await toolbar(page).getByRole('button', { name: 'Remove' }).click();
    await pick(page, 'Actor', 'UN Women');
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => reach(page).textContent()).not.toBe(baselineReach);
    const withoutUnWomen = await reach(page).textContent();

    await toolbar(page).getByRole('button', { name: 'Compare' }).click();
    const rows = page.getByRole('table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    await expect.poll(() => rows.nth(0).locator('td').nth(1).locator('strong').textContent()).toBe(baselineReach);
    await expect.poll(() => rows.nth(1).locator('td').nth(1).locator('strong').textContent()).toBe(withoutUnWomen);
    expect(await rows.nth(1).getByRole('img').getAttribute('aria-label')).toContain('Scenario 1');

    await rows.nth(1).getByRole('button', { name: 'Show on map' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Map' }).getAttribute('aria-pressed')).toBe('true');
    expect(await reach(page).textContent()).toBe(withoutUnWomen);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the timeline', () => {
  const existed = (tie: Tie, year: number) => (tie.since ?? -Infinity) <= year && (tie.until ?? Infinity) >= year;

  it('shows the network as it stood in a year, and plays forward', async () => {
    const { page, errors } = await harness.open();
    await toolbar(page).getByRole('button', { name: 'Timeline' }).click();
    const slider = page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    await page.keyboard.press('Home');
    const year = page.getByRole('status', { name: 'Year shown' });
    await expect.poll(() => year.textContent()).toBe('2002');
    const dated2002 = data.ties.filter((t) => t.since !== undefined && existed(t, 2002)).length;
    await expect.poll(() => page.getByText(/dated ties? had begun by 2002/).textContent()).toContain(`${dated2002} dated`);

    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => year.textContent(), { timeout: 5000 }).toBe('2004');
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Close timeline' }).click();
    await expect.poll(() => page.getByRole('slider', { name: 'Year' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
