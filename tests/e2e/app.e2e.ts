// The app in a real browser: it loads, paints, lists, finds, drags, and lays out in a worker.

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Network } from '../../src/core/model/types';
import { paintedPixels, useHarness } from './harness';

const data = JSON.parse(readFileSync('data/western-balkans-2011.json', 'utf8')) as Network;

const harness = useHarness();

/** The app has mounted (its saved work restored) and the layout has come to rest. */
async function settled(page: Page): Promise<void> {
  await page.locator('canvas').first().waitFor();
  await page.waitForFunction(() => performance.getEntriesByName('bridgework:layout-settled').length > 0, undefined, { timeout: 20_000 });
}

async function canvasCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator('canvas').boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('the app', () => {
  it('loads with no console error and paints the network on the canvas', async () => {
    const { page, errors } = await harness.open();
    await settled(page);
    await expect.poll(() => paintedPixels(page)).toBeGreaterThan(2000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lays the network out in a worker, never on the main thread', async () => {
    const { page } = await harness.open();
    await settled(page);
    const layoutWorker = page.workers().find((w) => w.url().includes('layout'));
    expect(layoutWorker, 'a layout worker was started').toBeDefined();
    expect(await layoutWorker!.evaluate(() => (globalThis as { bridgeworkLayoutTicks?: number }).bridgeworkLayoutTicks)).toBeGreaterThan(50);
    // d3-force's code is in the worker's bundle only: no script the page itself loaded contains it.
    const scripts = await page.evaluate(async () => {
      const urls = performance.getEntriesByType('resource').map((e) => e.name)
        .filter((u) => u.endsWith('.js') && !u.includes('.worker'));
      return Promise.all(urls.map(async (u) => ({ url: u, text: await (await fetch(u)).text() })));
    });
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script.text.includes('velocityDecay'), script.url).toBe(false);
    await page.close();
  });

  it('lists every actor of the data file in the list view', async () => {
    const { page } = await harness.open();
    await page.getByRole('button', { name: 'List' }).click();
    const rows = page.getByRole('table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(data.actors.length);
    const names = await page.getByRole('table').locator('tbody th').allTextContents();
    expect(names.map((n) => n.trim()).sort()).toEqual(data.actors.map((a) => a.name).sort());
    await page.close();
  });

  it('finds the Kosovo Women\'s Network, selects it and quotes the report', async () => {
    const { page, errors } = await harness.open();
    await settled(page);
    await page.getByRole('combobox', { name: 'Find actor' }).fill("Kosovo Women's Network");
    await page.keyboard.press('Enter');
    const kwn = data.actors.find((a) => a.short === 'KWN')!;
    const panel = page.getByRole('region', { name: `${kwn.name} (KWN)` });
    await panel.waitFor();
    expect(await panel.locator('blockquote').first().textContent()).toBe(`“${kwn.evidence![0]!.quote}”`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves an actor that is dragged, and keeps it there', async () => {
    const { page } = await harness.open();
    await settled(page);
    await page.getByRole('combobox', { name: 'Find actor' }).fill("Kosovo Women's Network");
    await page.keyboard.press('Enter');
    await page.waitForTimeout(800);
    const centre = await canvasCentre(page);
    await page.mouse.move(centre.x, centre.y);
    await expect.poll(() => page.getByRole('tooltip').textContent()).toContain("Kosovo Women's Network");
    const target = { x: centre.x + 160, y: centre.y - 110 };
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(centre.x + (160 * i) / 10, centre.y - (110 * i) / 10);
    await page.mouse.up();
    await page.waitForTimeout(600);
    await page.mouse.move(target.x + 30, target.y + 30);
    await page.mouse.move(target.x, target.y);
    // A pan would move the picture too; only a drag of the actor pins it where it was dropped.
    await expect.poll(() => page.getByRole('tooltip').textContent()).toContain("Kosovo Women's Network");
    expect(await page.getByRole('tooltip').textContent()).toContain('Pinned where you dropped it');
    // Double-click releases it: the card no longer says pinned (and the layout may carry it away).
    await page.mouse.dblclick(target.x, target.y);
    await expect.poll(async () => (await page.getByRole('tooltip').allTextContents()).join(' ')).not.toContain('Pinned');
    await page.close();
  });
});
