// Single points of failure on a network big enough to take a while: progress, stop, continue.

import { describe, expect, it } from 'vitest';
import { generateNetwork } from '../../src/core/model/generate-network';
import { useHarness } from './harness';

const harness = useHarness();

describe('single points of failure on a big network', () => {
  it('shows how many actors are checked, stops and continues on request, and finishes when the work is small', async () => {
    const { page, errors } = await harness.open();
    await page.getByRole('status', { name: 'Reach', exact: true }).waitFor();
    const network = generateNetwork(3000, 2);
    await page.getByLabel('Network files to import').setInputFiles({
      name: 'generated-3000.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(network)),
    });
    await page.getByRole('heading', { name: 'Single points of failure' }).waitFor();
    // At four steps every actor's loss means searching most of the network again: minutes of work.
    await page.getByRole('radio', { name: '4' }).check();
    const progress = page.getByRole('progressbar', { name: 'Single points of failure: actors checked' });
    await progress.waitFor();
    expect(Number(await progress.getAttribute('max'))).toBe(3000);

    await page.getByRole('button', { name: 'Stop checking' }).click();
    await page.getByText(/^Stopped after \d+ of 3000 actors: the list covers only those\.$/).waitFor();
    // A step already under way when the stop reached the worker may still report.
    await page.waitForTimeout(300);
    const held = Number(await progress.getAttribute('value'));
    await page.waitForTimeout(600);
    expect(Number(await progress.getAttribute('value'))).toBe(held);

    await page.getByRole('button', { name: 'Continue checking' }).click();
    await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 10_000 }).toBeGreaterThan(held);
    await page.getByText(/^Checked \d+ of 3000 actors…$/).waitFor();

    // At two steps the whole takes milliseconds: no progress, a finished ranking.
    await page.getByRole('radio', { name: '2' }).check();
    await progress.waitFor({ state: 'detached', timeout: 20_000 });
    const list = page.getByRole('region', { name: 'Single points of failure' }).getByRole('listitem');
    await expect.poll(() => list.count()).toBeGreaterThan(0);
    expect(await list.first().getByRole('button', { name: /^Try without / }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
