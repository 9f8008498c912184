// Every main screen passes axe-core with no serious or critical violation, and the map works from the keyboard alone.

import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bs } from '../../src/i18n/bs/index';
import { sq } from '../../src/i18n/sq/index';
import { useHarness } from './harness';

const harness = useHarness();

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe on the page as it is (the source is evaluated through the debugger protocol, so the page's CSP allows it). */
async function audit(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary })) }));
  });
}

function describeViolations(screen: string, violations: readonly Violation[]): string {
  return violations.map((v) => [`${screen}: ${v.id} (${v.impact}) ${v.help}`,
    ...v.nodes.slice(0, 6).map((n) => `    at ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`),
    ...(v.nodes.length > 6 ? [`    … and ${v.nodes.length - 6} more`] : [])].join('\n')).join('\n');
}

/** Fails on serious and critical violations; prints the lesser ones without failing. */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  const violations = await audit(page);
  const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = violations.filter((v) => !grave.includes(v));
  if (minor.length > 0) console.info(describeViolations(screen, minor));
  expect(grave, describeViolations(screen, grave)).toEqual([]);
}

async function settled(page: Page): Promise<void> {
  await page.locator('canvas').first().waitFor();
  await page.waitForFunction(() => performance.getEntriesByName('bridgework:layout-settled').length > 0, undefined, { timeout: 20_000 });
  await page.getByRole('status', { name: 'Reach', exact: true }).filter({ hasText: /%$/ }).waitFor();
}

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Scenario' });

async function pick(page: Page, label: string, name: string): Promise<void> {
  const box = page.getByRole('dialog').getByRole('combobox', { name: label });
  await box.fill(name);
  await box.press('Enter');
}

describe('accessibility', () => {
  it('the map, with an actor selected and focused, and the list view', async () => {
    const { page } = await harness.open();
    await settled(page);
    await expectAccessible(page, 'map');
    await page.getByRole('application', { name: /Network map/ }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: /.+/ }).filter({ has: page.getByRole('button', { name: 'Close actor panel' }) }).waitFor();
    await expectAccessible(page, 'map with a focused, selected actor');
    await page.getByRole('button', { name: 'List' }).click();
    await page.getByRole('table', { name: /actors\. Choose a column/ }).waitFor();
    await expectAccessible(page, 'list view');
    await page.close();
  });

  it('the map by keyboard alone: Tab reaches it, the keys show, arrows move focus and say where, Enter selects, Escape clears', async () => {
    const { page, errors } = await harness.open();
    await settled(page);
    const map = page.getByRole('application', { name: 'Network map' });
    for (let i = 0; i < 40 && !(await map.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await map.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await map.getAttribute('aria-describedby').then((id) => page.locator(`[id="${id}"]`).textContent())).toContain('Up and Down arrows');
    const said = page.getByRole('main').locator('p[role="status"]');
    await expect.poll(() => said.textContent()).toMatch(/^UN Women, UN agency, Regional, \d+ ties\. 1 of \d+, most ties first\.$/);
    expect(await page.getByText('most to fewest ties', { exact: true }).isVisible()).toBe(true);

    await page.keyboard.press('ArrowDown');
    await expect.poll(() => said.textContent()).toMatch(/\. 2 of \d+, most ties first\.$/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => said.textContent()).toMatch(/\. neighbour 1 of \d+ of .+\.$/);
    const name = (await page.getByRole('main').locator('.keys strong').textContent())!;
    expect((await said.textContent())!.startsWith(`${name}, `)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Close actor panel' }).waitFor();
    expect((await page.locator('#actor-panel-title').textContent())!.startsWith(name)).toBe(true);
    await expect.poll(async () => (await said.textContent())!.startsWith(`Selected ${name}: `)).toBe(true);
    await page.keyboard.press('+');
    await expect.poll(() => said.textContent()).toBe('Zoomed in.');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('button', { name: 'Close actor panel' }).count()).toBe(0);

    await page.keyboard.press('Tab');
    expect(await page.getByText('most to fewest ties', { exact: true }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('each edit dialog open', async () => {
    const { page } = await harness.open();
    await settled(page);
    for (const name of ['Add partner', 'Add broker', 'Add tie', 'Remove']) {
      await toolbar(page).getByRole('button', { name }).click();
      const dialog = page.getByRole('dialog', { name });
      await dialog.waitFor();
      await expectAccessible(page, `${name} dialog`);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'detached' });
    }
    await page.close();
  });

  it('the compare view after making a scenario, and the scenario in the sidebar', async () => {
    const { page } = await harness.open();
    await settled(page);
    await toolbar(page).getByRole('button', { name: 'Remove' }).click();
    await pick(page, 'Actor', 'UN Women');
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('list', { name: 'Edits' }).waitFor();
    await expectAccessible(page, 'map with a scenario');
    await toolbar(page).getByRole('button', { name: 'Compare' }).click();
    await expect.poll(() => page.getByRole('table').locator('tbody tr').count()).toBe(2);
    await expect.poll(() => page.getByRole('table').locator('tbody tr strong').first().textContent()).toMatch(/%$/);
    await expectAccessible(page, 'compare view');
    await page.close();
  });

  it('the suggestions panel with results, and the timeline on', async () => {
    const { page } = await harness.open();
    await settled(page);
    await toolbar(page).getByRole('button', { name: 'Suggestions' }).click();
    await page.getByRole('button', { name: 'Find suggestions' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Suggested additions' }).getByRole('listitem').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'suggestions');
    await page.getByRole('button', { name: 'Close suggestions' }).click();
    await toolbar(page).getByRole('button', { name: 'Timeline' }).click();
    await page.getByRole('slider', { name: 'Year' }).waitFor();
    await expectAccessible(page, 'timeline');
    await page.close();
  });

  it('the workshop and stories panels, and a story on stage', async () => {
    const { page } = await harness.open();
    await settled(page);
    await toolbar(page).getByRole('button', { name: 'Workshop' }).click();
    const exercise = page.getByRole('combobox', { name: 'Exercise' });
    await expect.poll(() => exercise.locator('option').count()).toBeGreaterThan(1);
    await exercise.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Show a hint' }).click();
    await expectAccessible(page, 'workshop panel');
    await toolbar(page).getByRole('button', { name: 'Stories' }).click();
    await page.getByRole('button', { name: 'Present story' }).waitFor();
    await expectAccessible(page, 'stories panel');
    await page.getByRole('button', { name: 'Present story' }).click();
    await page.getByRole('navigation', { name: 'Story steps' }).waitFor();
    await expectAccessible(page, 'story on stage');
    await page.close();
  });

  it('the import error dialog', async () => {
    const { page } = await harness.open();
    await settled(page);
    const broken = 'id,name,kind,country,level\na,Alpha,charity,Kosovo,local\n';
    await page.getByLabel('Network files to import').setInputFiles([{ name: 'actors.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) }]);
    await page.getByRole('dialog', { name: 'Not imported' }).waitFor();
    await expectAccessible(page, 'import error dialog');
    await page.close();
  });
});

describe('accessibility in the dark theme', () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  /** The map canvas's top-left pixel, where only its background is drawn. */
  const canvasCorner = (page: Page) => page.evaluate(() => [...document.querySelector('canvas')!.getContext('2d')!.getImageData(0, 0, 1, 1).data.slice(0, 3)]);

  it('the map, with an actor selected, the list view and an edit dialog, on a system set to dark', async () => {
    const { page } = await harness.open();
    await page.emulateMedia({ colorScheme: 'dark' });
    await settled(page);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect.poll(() => canvasCorner(page)).toEqual([18, 21, 28]);
    await expectAccessible(page, 'map, dark');
    await page.getByRole('application', { name: /Network map/ }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Close actor panel' }).waitFor();
    await expectAccessible(page, 'map with a selected actor, dark');
    await toolbar(page).getByRole('button', { name: 'Add partner' }).click();
    await page.getByRole('dialog', { name: 'Add partner' }).waitFor();
    await expectAccessible(page, 'Add partner dialog, dark');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'List' }).click();
    await page.getByRole('table', { name: /actors\. Choose a column/ }).waitFor();
    await expectAccessible(page, 'list view, dark');
    await page.close();
  });

  it('choosing Dark in the Theme menu darkens the page and the map, and survives a reload', async () => {
    const { page } = await harness.open();
    await settled(page);
    expect(await background(page)).toBe('rgb(247, 248, 250)');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Dark' });
    await expect.poll(() => background(page)).toBe('rgb(18, 21, 28)');
    await expect.poll(() => canvasCorner(page)).toEqual([18, 21, 28]);
    await page.reload();
    await settled(page);
    expect(await background(page)).toBe('rgb(18, 21, 28)');
    expect(await page.getByRole('combobox', { name: 'Theme' }).inputValue()).toBe('dark');
    await page.close();
  });
});

describe('accessibility in the other languages', () => {
  it.each([['sq-AL', sq], ['bs-BA', bs]] as const)('the map and the list view in %s', async (locale, words) => {
    const { page } = await harness.open('', { locale });
    await page.getByRole('status', { name: words['metrics.reach'] as string, exact: true }).filter({ hasText: /%$/ }).waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('bridgework:layout-settled').length > 0, undefined, { timeout: 20_000 });
    await expectAccessible(page, `map, ${locale}`);
    await page.getByRole('button', { name: words['browse.list'] as string, exact: true }).click();
    await page.getByRole('table').waitFor();
    await expectAccessible(page, `list view, ${locale}`);
    await page.close();
  });
});
