// Serves the built app and drives Debian's Chromium with playwright-core, headless.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

export interface Harness {
  url: string;
  context: BrowserContext;
  /** A new page that records console errors and uncaught exceptions in `errors`. */
  open(path?: string): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const server: PreviewServer = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL; run `vite build` first');
  const profile = mkdtempSync(join(tmpdir(), 'bridgework-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1400, height: 880 },
  });
  return {
    url,
    context,
    async open(path = '') {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(url + path);
      return { page, errors };
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** How many sampled pixels of the map canvas differ from its background colour. */
export function paintedPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas')!;
    const ctx = canvas.getContext('2d')!;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const [r, g, b] = [data[0], data[1], data[2]];
    let painted = 0;
    for (let i = 0; i < data.length; i += 4 * 7) {
      if (data[i] !== r || data[i + 1] !== g || data[i + 2] !== b) painted++;
    }
    return painted;
  });
}
