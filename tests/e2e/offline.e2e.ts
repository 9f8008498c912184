// After one visit the built app works with the network switched off: a presenter on a borrowed laptop still has it.

import { describe, expect, it } from 'vitest';
import { paintedPixels, useHarness } from './harness';

const harness = useHarness();

describe('offline', () => {
  it('reloads and works with no network after the first visit', async () => {
    const { page, context } = await harness.open();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await context.setOffline(true);
    await page.reload();
    const reach = page.getByRole('status', { name: 'Reach', exact: true });
    await expect.poll(() => reach.textContent()).toMatch(/^\d+%$/);
    await page.waitForFunction(() => performance.getEntriesByName('bridgework:layout-settled').length > 0, undefined, { timeout: 20_000 });
    expect(await paintedPixels(page)).toBeGreaterThan(2000);
    await page.getByRole('button', { name: 'Stories' }).click();
    await page.getByRole('button', { name: 'Present story' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toContain('2002');
    await context.setOffline(false);
  });
});
