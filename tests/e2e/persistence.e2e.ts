// Nothing a user made is lost: a reload brings the work back, a second tab follows, an older tab cannot overwrite.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness';

const harness = useHarness();

const edits = (page: Page) => page.getByRole('list', { name: 'Edits' }).getByRole('listitem');
const saved = (page: Page) => expect.poll(() => page.getByRole('status', { name: 'Save status' }).textContent(), { timeout: 5000 }).toBe('All changes saved.');

async function addTie(page: Page, from: string, to: string): Promise<void> {
  await page.getByRole('toolbar', { name: 'Scenario' }).getByRole('button', { name: 'Add tie' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add tie' });
  for (const [label, name] of [['From', from], ['To', to]] as const) {
    await dialog.getByRole('combobox', { name: label }).fill(name);
    await dialog.getByRole('combobox', { name: label }).press('Enter');
  }
  await dialog.getByRole('button', { name: 'Add tie' }).click();
}

describe('saved work', () => {
  it('comes back after a reload: the scenario, its edits, its numbers and the view', async () => {
    const { page, errors } = await harness.open();
    await addTie(page, "Kosovo Serb Women's Network", 'Kosovo Police');
    await expect.poll(() => edits(page).count()).toBe(1);
    const reachFigure = page.getByRole('status', { name: 'Reach', exact: true });
    const metricsSettled = () => expect.poll(() => page.getByRole('region', { name: 'Network health' }).getAttribute('aria-busy')).toBe('false');
    await metricsSettled();
    const reachAtTwoSteps = await reachFigure.getAttribute('data-value');
    await page.getByRole('radio', { name: '3' }).check();
    // On this network three steps reach further than two: wait for the figure to follow the new k.
    await expect.poll(() => reachFigure.getAttribute('data-value')).not.toBe(reachAtTwoSteps);
    await metricsSettled();
    const reach = await reachFigure.getAttribute('data-value');
    await saved(page);
    await page.reload();
    await expect.poll(() => edits(page).count()).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Scenario shown' }).inputValue()).toBe('scenario-1');
    expect(await page.getByRole('radio', { name: '3' }).isChecked()).toBe(true);
    await expect.poll(() => reachFigure.getAttribute('data-value')).toBe(reach);
    expect(errors).toEqual([]);
  });

  it('appears in a second tab, and an older tab that missed it cannot overwrite it', async () => {
    const first = await harness.open();
    const second = await harness.openTab(first.context);
    await addTie(first.page, "Kosovo Serb Women's Network", 'Kosovo Police');
    await saved(first.page);
    await expect.poll(() => edits(second.page).count(), { timeout: 5000 }).toBe(1);

    // A third tab that hears nothing from the others, as an old tab left open in the background would.
    await first.context.addInitScript(() => {
      (window as unknown as { BroadcastChannel: unknown }).BroadcastChannel = class {
        postMessage() {}
        addEventListener() {}
        removeEventListener() {}
        close() {}
      };
    });
    const old = await harness.openTab(first.context);
    await expect.poll(() => edits(old.page).count()).toBe(1);
    await addTie(first.page, 'Women in Black', 'Kosovo Police');
    await saved(first.page);
    await addTie(old.page, 'Regional Women\'s Lobby', 'Kosovo Police');
    // The old tab's write is refused as stale; it reloads the newer work instead of replacing it.
    await expect.poll(() => edits(old.page).allTextContents(), { timeout: 5000 }).toEqual(await edits(first.page).allTextContents());
    await first.page.reload();
    await expect.poll(() => edits(first.page).count()).toBe(2);
    const texts = await edits(first.page).allTextContents();
    expect(texts.join(' ')).toContain('Women in Black');
    expect(texts.join(' ')).not.toContain("Regional Women's Lobby");
    expect([...first.errors, ...second.errors]).toEqual([]);
  });
});
