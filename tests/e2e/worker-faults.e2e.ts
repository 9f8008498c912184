// A worker that dies or hangs is replaced within two seconds; the user is told, and nothing they made is lost.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cliMetrics } from './cli';
import { useHarness } from './harness';

const harness = useHarness();

async function workerNamed(page: Page, part: string) {
  await expect.poll(() => page.workers().some((w) => w.url().includes(part))).toBe(true);
  return page.workers().find((w) => w.url().includes(part))!;
}

describe('worker faults', () => {
  it('replaces a silent analysis worker, says so, and still shows the edit\'s numbers', async () => {
    const { page } = await harness.open();
    const reach = page.getByRole('status', { name: 'Reach', exact: true });
    const baseline = cliMetrics(['data/western-balkans-2011.json']);
    await expect.poll(() => reach.getAttribute('data-value')).toBe(String(baseline.reach));
    const analysis = await workerNamed(page, 'analysis');
    // close() ends the worker without a word to the page: only the watchdog can tell.
    await analysis.evaluate(() => (self as unknown as { close(): void }).close()).catch(() => undefined);

    await page.getByRole('toolbar', { name: 'Scenario' }).getByRole('button', { name: 'Remove' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove' });
    await dialog.getByRole('combobox', { name: 'Actor' }).fill('UN Women');
    await dialog.getByRole('combobox', { name: 'Actor' }).press('Enter');
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => page.getByText('The metrics worker stopped and was restarted').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => reach.getAttribute('data-value'), { timeout: 10_000 }).not.toBe(String(baseline.reach));
    expect(await page.getByRole('list', { name: 'Edits' }).getByRole('listitem').count()).toBe(1);
  });

  it('replaces a silent layout worker where the layout was', async () => {
    const { page } = await harness.open();
    await page.waitForFunction(() => performance.getEntriesByName('bridgework:layout-settled').length > 0, undefined, { timeout: 20_000 });
    const layout = await workerNamed(page, 'layout');
    await layout.evaluate(() => (self as unknown as { close(): void }).close()).catch(() => undefined);
    await page.getByRole('radio', { name: '3' }).check();
    const find = page.getByRole('combobox', { name: 'Find actor' });
    await find.fill("Kosovo Women's Network");
    await find.press('Enter');
    await page.waitForTimeout(700);
    const box = (await page.locator('canvas').first().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => page.getByText('The layout worker stopped and was restarted').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.workers().filter((w) => w.url().includes('layout')).length).toBeGreaterThan(0);
  });
});
