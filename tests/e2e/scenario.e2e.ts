// A strategist adds a broker through the UI; the page's numbers are the command line's for the exported scenario.

import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cliMetrics, shownPercent } from './cli';
import { useHarness } from './harness';

const harness = useHarness();

const NETWORK = 'data/western-balkans-2011.json';

function figure(page: Page, name: string) {
  return page.getByRole('status', { name, exact: true });
}

async function pick(page: Page, label: string, name: string): Promise<void> {
  const box = page.getByRole('dialog').getByRole('combobox', { name: label });
  await box.fill(name);
  await box.press('Enter');
}

describe('a scenario', () => {
  it('adds a broker between the Roma, Ashkali and Egyptian network and a decision-maker; the numbers match the CLI; undo restores the baseline', async () => {
    const { page, errors } = await harness.open();
    const baseline = cliMetrics([NETWORK]);
    await expect.poll(() => figure(page, 'Reach').getAttribute('data-value')).toBe(String(baseline.reach));

    await page.getByRole('toolbar', { name: 'Scenario' }).getByRole('button', { name: 'Add broker' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add broker' });
    await pick(page, 'Tie the broker to', "Network of Roma, Ashkali and Egyptian Women's Organisations in Kosovo");
    await pick(page, 'Tie the broker to', 'Ministry of Internal Affairs');
    await expect.poll(() => dialog.getByRole('list', { name: 'Tie the broker to: chosen' }).getByRole('listitem').count()).toBe(2);
    await dialog.getByRole('button', { name: 'Add broker' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Edits' }).getByRole('listitem').count()).toBe(1);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export scenario' }).click();
    const file = join(tmpdir(), `bridgework-e2e-${process.pid}.scenario.json`);
    await (await download).saveAs(file);
    const expected = cliMetrics([NETWORK, '--scenario', file]);
    expect(expected.reach).not.toBe(baseline.reach);
    for (const [name, value] of [['Reach', expected.reach], ['Inclusion', expected.inclusion]] as const) {
      await expect.poll(() => figure(page, name).getAttribute('data-value'), { message: name }).toBe(String(value));
      expect(await figure(page, name).textContent()).toBe(shownPercent(value));
    }

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => figure(page, 'Reach').getAttribute('data-value')).toBe(String(baseline.reach));
    expect(await figure(page, 'Inclusion').getAttribute('data-value')).toBe(String(baseline.inclusion));
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => figure(page, 'Reach').getAttribute('data-value')).toBe(String(expected.reach));
    expect(errors).toEqual([]);
    writeFileSync(file, '');
    await page.close();
  });
});
