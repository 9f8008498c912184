// The interface speaks the browser's language (English, Albanian or Bosnian/Croatian/Serbian), switches on demand
// and remembers the choice; actor names stay as the data gives them.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bs } from '../../src/i18n/bs/index';
import { en } from '../../src/i18n/en/index';
import { sq } from '../../src/i18n/sq/index';
import { useHarness } from './harness';

const harness = useHarness();

describe('the interface language', () => {
  it('follows an Albanian browser, switches to English, and keeps the choice after a reload', async () => {
    const { page, errors } = await harness.open('', { locale: 'sq-AL' });
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('sq');
    await page.getByRole('region', { name: sq['app.scenarioTools'] as string }).waitFor();
    expect(await page.getByRole('region', { name: en['app.scenarioTools'] }).count()).toBe(0);

    await page.getByRole('combobox', { name: sq['common.language'] as string }).selectOption('en');
    await page.getByRole('region', { name: en['app.scenarioTools'] }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.reload();
    await page.getByRole('region', { name: en['app.scenarioTools'] }).waitFor();
    expect(await page.getByRole('combobox', { name: en['common.language'] }).inputValue()).toBe('en');
    expect(errors).toEqual([]);
  });

  it('speaks Bosnian/Croatian/Serbian to a Serbian browser, with the actors named as the report names them', async () => {
    const { page, errors } = await harness.open('', { locale: 'sr-Latn-RS' });
    await page.getByRole('region', { name: bs['app.scenarioTools'] as string }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('bs');
    await expect.poll(() => page.getByRole('combobox', { name: bs['common.language'] as string }).inputValue()).toBe('bs');
    await expect.poll(() => page.getByRole('status', { name: bs['metrics.reach'] as string, exact: true }).textContent()).toMatch(/^\d+\s?%$/);

    await page.getByRole('button', { name: bs['browse.list'] as string, exact: true }).click();
    const names = await page.getByRole('table').getByRole('row').allTextContents();
    const data = JSON.parse(readFileSync(new URL('../../data/western-balkans-2011.json', import.meta.url), 'utf8')) as { actors: { name: string }[] };
    for (const name of ["Kosovo Women's Network", "Network of Roma, Ashkali and Egyptian Women's Organisations in Kosovo", 'UN Women']) {
      expect(data.actors.some((a) => a.name === name), `${name} is in the data`).toBe(true);
      expect(names.some((row) => row.includes(name)), `${name} is listed as the data names it`).toBe(true);
    }
    expect(errors).toEqual([]);
  });

  it('reports the problems of a broken import in Albanian, naming the file and the line', async () => {
    const { page, errors } = await harness.open('', { locale: 'sq-AL' });
    await page.getByRole('region', { name: sq['app.scenarioTools'] as string }).waitFor();
    const actors = 'id,name,kind,country,level\nf,Facilitator,un,regional,regional\nd,Ministry,charity,Kosovo,national\n';
    const ties = 'source,target,kind\nd,f,partnership\n';
    const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
    await page.getByLabel(sq['files.filesToImport'] as string).setInputFiles([csv('actors.csv', actors), csv('ties.csv', ties)]);
    const report = page.getByRole('dialog', { name: sq['files.notImported'] as string });
    await report.waitFor();
    expect(await report.textContent()).toContain('actors.csv, rreshti 3, kind: pritej një nga womens_org');
    expect(await report.textContent()).toContain('u gjet "charity"');
    expect(errors).toEqual([]);
  });

  it('reports the problems of a broken exercises file in Bosnian, naming the file, the exercise and the field', async () => {
    const { page, errors } = await harness.open('', { locale: 'bs-BA' });
    await page.getByRole('region', { name: bs['app.scenarioTools'] as string }).waitFor();
    await page.getByRole('button', { name: bs['scenario.workshop'] as string, exact: true }).click();
    const exercises = JSON.stringify({ format: 'bridgework-exercises', schemaVersion: 1, exercises: [{ id: 'Moja_Vjezba', title: 'T' }] });
    await page.getByLabel(bs['workshop.loadOwn'] as string).setInputFiles({ name: 'vjezbe.json', mimeType: 'application/json', buffer: Buffer.from(exercises) });
    const problems = page.getByRole('alert').filter({ hasText: 'vjezbe.json' });
    await problems.waitFor();
    const text = await problems.textContent();
    expect(text).toContain('vjezbe.json: vježba 1 ("Moja_Vjezba"), id: očekivana su mala slova spojena crticom, npr. "rae-broker"');
    expect(text).toContain('vjezbe.json: vježba 1 ("Moja_Vjezba"), situation: nedostaje');
    expect(errors).toEqual([]);
  });

  it('says in Albanian why a backup cannot be restored, naming the file and the stored part', async () => {
    const { page, errors } = await harness.open('', { locale: 'sq-AL' });
    await page.getByRole('region', { name: sq['app.scenarioTools'] as string }).waitFor();
    const backup = JSON.stringify({ format: 'bridgework-backup', version: 1, networks: [{ id: 'n', fileNames: ['n.csv'], importedAt: 'x' }] });
    await page.getByLabel(sq['files.backupToRestore'] as string).setInputFiles({ name: 'kopja.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    const problems = page.getByRole('alert').filter({ hasText: sq['files.notRestored'] as string });
    await problems.waitFor();
    expect(await problems.textContent()).toContain('kopja.json: rrjeti 1, network: mungon');
    expect(errors).toEqual([]);
  });
});
