// `npm run bench:browser`: the built app in headless Chromium on generated networks: first picture, settled
// layout, frames per second while dragging an actor, add-tie-to-numbers latency, and the main bundle's size.

import { build } from 'vite';
import { generateNetwork } from '../../src/core/model/generate-network';
import { startHarness } from '../e2e/harness';
import { dragAtCentre, framesPerSecond, sinceMark } from './browser-measure';
import { startupGzipKb } from './bundle-size';

interface Row {
  n: number;
  first_picture_ms: number;
  settled_ms: number;
  drag_fps: number;
  add_tie_to_numbers_ms: number;
  add_tie_to_frame_ms: number;
}

/** `--quick`: 150 and 1000 only; `--sizes 5000,20000`: those. */
function sizes(): number[] {
  const listed = process.argv.indexOf('--sizes');
  if (listed >= 0) return process.argv[listed + 1]!.split(',').map(Number);
  return process.argv.includes('--quick') ? [150, 1000] : [150, 1000, 5000, 20000];
}
const SIZES = sizes();

async function measure(n: number, harness: Awaited<ReturnType<typeof startHarness>>): Promise<Row> {
  const { page } = await harness.open();
  await page.getByRole('status', { name: 'Reach', exact: true }).waitFor();
  // The embedded network is restored and laid out first; its marks must not be taken for the import's.
  await page.waitForFunction(() => performance.getEntriesByName('bridgework:layout-settled').length > 0, undefined, { timeout: 30_000 });
  await page.waitForTimeout(1000);
  const network = generateNetwork(n, 1);
  await page.evaluate(() => performance.mark('bench:import'));
  await page.getByLabel('Network files to import').setInputFiles({
    name: `generated-${n}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(network)),
  });
  const firstPicture = await sinceMark(page, 'bench:import', 'bridgework:layout-first-frame');
  const settled = await sinceMark(page, 'bench:import', 'bridgework:layout-settled', 120_000);
  await sinceMark(page, 'bench:import', 'bridgework:metrics-updated');

  const find = page.getByRole('combobox', { name: 'Find actor' });
  await find.fill('Facilitating agency');
  await find.press('Enter');
  await page.waitForTimeout(700);
  const fps = await framesPerSecond(page, () => dragAtCentre(page));

  await page.getByRole('toolbar', { name: 'Scenario' }).getByRole('button', { name: 'Add tie' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add tie' });
  for (const [label, name] of [['From', network.actors[n - 1]!.name], ['To', network.actors[n - 2]!.name]] as const) {
    await dialog.getByRole('combobox', { name: label }).fill(name);
    await dialog.getByRole('combobox', { name: label }).press('Enter');
  }
  // Timed from the click's dispatch, not from before playwright's checks (which wait for two quiet frames).
  await page.evaluate(() => document.addEventListener('click', () => performance.mark('bench:edit'), { capture: true, once: true }));
  await dialog.getByRole('button', { name: 'Add tie' }).click();
  const numbers = await sinceMark(page, 'bench:edit', 'bridgework:metrics-updated');
  const frame = await sinceMark(page, 'bench:edit', 'bridgework:layout-first-frame');
  await page.close();
  return { n, first_picture_ms: firstPicture, settled_ms: settled, drag_fps: fps, add_tie_to_numbers_ms: numbers, add_tie_to_frame_ms: frame };
}

await build({ logLevel: 'silent' });
const harness = await startHarness();
const rows: Row[] = [];
try {
  for (const n of SIZES) rows.push(await measure(n, harness));
} finally {
  await harness.close();
}
const bundle = startupGzipKb('dist/assets');
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ rows, main_bundle_gzip_kb: bundle }));
} else {
  const head = ['actors', 'first picture ms', 'settled ms', 'drag fps', 'edit->numbers ms', 'edit->frame ms'];
  console.log(head.map((h) => h.padStart(17)).join(''));
  for (const r of rows) {
    console.log([r.n, r.first_picture_ms, r.settled_ms, r.drag_fps, r.add_tie_to_numbers_ms, r.add_tie_to_frame_ms]
      .map((v, i) => (i === 0 ? String(v) : v.toFixed(i === 3 ? 1 : 0)).padStart(17)).join(''));
  }
  console.log(`main bundle (with the chunks it imports at startup): ${bundle.toFixed(1)} kB gzip (target 150 kB)`);
}
