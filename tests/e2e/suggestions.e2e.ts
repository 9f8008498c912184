// "What would raise inclusion most?": the search runs in a worker and one click applies a suggestion.

import { describe, expect, it } from 'vitest';
import { useHarness } from './harness';

const harness = useHarness();

describe('suggestions', () => {
  it('finds additions that raise inclusion, and applying one raises the Inclusion figure', async () => {
    const { page, errors } = await harness.open();
    const inclusion = page.getByRole('status', { name: 'Inclusion', exact: true });
    await expect.poll(() => inclusion.getAttribute('data-value')).toMatch(/^0\.\d+$/);
    const before = Number(await inclusion.getAttribute('data-value'));

    await page.getByRole('toolbar', { name: 'Scenario' }).getByRole('button', { name: 'Suggestions' }).click();
    await page.getByRole('combobox', { name: 'How many new ties' }).selectOption('2');
    await page.getByRole('button', { name: 'Find suggestions' }).click();
    const results = page.getByRole('list', { name: 'Suggested additions' }).getByRole('listitem');
    await expect.poll(() => results.count()).toBeGreaterThan(0);
    expect(await results.count()).toBeLessThanOrEqual(5);
    expect(await results.first().textContent()).toMatch(/Inclusion ▲/);
    expect(page.workers().some((w) => w.url().includes('search'))).toBe(true);

    await page.getByRole('button', { name: 'Apply suggestion 1' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Edits' }).getByRole('listitem').count()).toBe(1);
    await expect.poll(async () => Number(await inclusion.getAttribute('data-value'))).toBeGreaterThan(before);
    await expect.poll(() => page.getByText('The network has changed since the last search').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
