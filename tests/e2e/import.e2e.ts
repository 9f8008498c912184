// Importing files as a hostile user would: markup in labels stays text, a broken file changes nothing.

import { describe, expect, it } from 'vitest';
import { useHarness } from './harness';

const harness = useHarness();

const HOSTILE = ['<img src=x onerror=alert(1)>', '<script>alert(2)</script>', 'javascript:alert(3)', '"><svg onload=alert(4)>'];

const actorsCsv = [
  'id,name,kind,country,level,facilitator',
  'f,Facilitator,un,regional,regional,yes',
  ...HOSTILE.map((name, i) => `a${i},"${name.replace(/"/g, '""')}",womens_org,Kosovo,local,`),
  'd,Ministry,government,Kosovo,national,',
].join('\n');
const tiesCsv = ['source,target,kind', 'a0,f,partnership', 'a1,a0,membership', 'a2,d,dialogue', 'a3,f,funding', 'f,d,mou'].join('\n');

const file = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

describe('importing', () => {
  it('shows labels full of markup as text: no dialog, no injected element, no CSP violation', async () => {
    const { page, errors } = await harness.open();
    await page.evaluate(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(e.violatedDirective));
    });
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.getByLabel('Network files to import').setInputFiles([file('actors.csv', actorsCsv), file('ties.csv', tiesCsv)]);
    await expect.poll(() => page.getByRole('combobox', { name: 'Network' }).inputValue()).toBe('imported-1');
    // These files give no years: there is no timeline to show, and the button says so.
    const timeline = page.getByRole('toolbar', { name: 'Scenario' }).getByRole('button', { name: 'Timeline' });
    expect(await timeline.isDisabled()).toBe(true);
    expect(await timeline.getAttribute('title')).toBe('This network gives no years for its actors or ties');
    await page.getByRole('button', { name: 'List' }).click();
    const names = page.getByRole('table').locator('tbody th');
    await expect.poll(() => names.count()).toBe(HOSTILE.length + 2);
    const shown = (await names.allTextContents()).map((t) => t.trim());
    for (const label of HOSTILE) expect(shown).toContain(label);
    await page.getByRole('table').getByRole('button', { name: HOSTILE[0], exact: true }).click();
    await page.getByRole('button', { name: 'Map' }).click();
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => document.querySelectorAll('img, svg[onload], script:not([src])').length)).toBe(0);
    expect(dialogs).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a broken CSV, naming the file and the line, and leaves the network as it was', async () => {
    const { page } = await harness.open();
    const networkSelect = page.getByRole('combobox', { name: 'Network' });
    await expect.poll(() => networkSelect.inputValue()).toBe('');
    const broken = actorsCsv.replace('d,Ministry,government', 'd,Ministry,charity');
    await page.getByLabel('Network files to import').setInputFiles([file('actors.csv', broken), file('ties.csv', tiesCsv)]);
    const report = page.getByRole('dialog', { name: 'Not imported' });
    await report.waitFor();
    const line = broken.split('\n').findIndex((l) => l.includes('charity')) + 1;
    expect(await report.textContent()).toContain(`actors.csv, line ${line}, kind`);
    await report.getByRole('button', { name: 'Close' }).click();
    expect(await networkSelect.inputValue()).toBe('');
    expect(await page.getByRole('status', { name: 'Reach', exact: true }).textContent()).toMatch(/%$/);
    await page.close();
  });
});
