// The page's headline numbers are the command line's, at every step horizon.

import { describe, expect, it } from 'vitest';
import { cliMetrics, shownPercent } from './cli';
import { useHarness } from './harness';

const harness = useHarness();

describe('the metrics panel', () => {
  it('shows the Reach, Inclusion and Overlap that npm run metrics prints, for k = 2 and k = 3', async () => {
    const { page, errors } = await harness.open();
    for (const k of [2, 3]) {
      const expected = cliMetrics(['data/western-balkans-2011.json', '--k', String(k)]);
      await page.getByRole('radio', { name: String(k) }).check();
      for (const name of ['Reach', 'Inclusion', 'Overlap'] as const) {
        const figure = page.getByRole('status', { name, exact: true });
        const value = expected[name.toLowerCase() as 'reach' | 'inclusion' | 'overlap'];
        await expect.poll(() => figure.getAttribute('data-value'), { message: `${name} at k = ${k}` }).toBe(String(value ?? 'n/a'));
        expect(await figure.textContent()).toBe(shownPercent(value));
      }
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
