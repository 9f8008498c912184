// Serves the built app and drives Debian's Chromium with playwright-core, headless; every open() is a fresh profile.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

export interface Opened {
  page: Page;
  /** Console errors and uncaught exceptions of this page. */
  errors: string[];
  /** The page's browser profile: another tab of the same user is `context.newPage()`. */
  context: BrowserContext;
}

export interface Harness {
  url: string;
  /** A new page in a new, empty browser profile (its own IndexedDB), at the app; its browser speaks `locale` (English by default). */
  open(path?: string, options?: { locale?: string }): Promise<Opened>;
  /** Another tab of the same profile, at the app. */
  openTab(context: BrowserContext, path?: string): Promise<Opened>;
  close(): Promise<void>;
}

export function watch(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export async function startHarness(): Promise<Harness> {
  const server: PreviewServer = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL; run `vite build` first');
  const profiles: { dir: string; context: BrowserContext }[] = [];

  const openTab = async (context: BrowserContext, path = ''): Promise<Opened> => {
    const page = await context.newPage();
    const errors = watch(page);
    await page.goto(url + path);
    return { page, errors, context };
  };

  return {
    url,
    openTab,
    async open(path = '', { locale = 'en-GB' } = {}) {
      const dir = mkdtempSync(join(tmpdir(), 'bridgework-e2e-'));
      const context = await chromium.launchPersistentContext(dir, {
        executablePath: CHROMIUM,
        headless: true,
        args: ARGS,
        viewport: { width: 1400, height: 880 },
        acceptDownloads: true,
        locale,
      });
      profiles.push({ dir, context });
      return openTab(context, path);
    },
    async close() {
      for (const { dir, context } of profiles) {
        await context.close().catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
      }
      await server.close();
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

/**
 * The built app served for one test file: started before its tests, closed after them. Call at the top of the
 * file, `const harness = useHarness();`, and use it in the tests as the Harness it stands for.
 */
export function useHarness(): Harness {
  let started: Harness | undefined;
  beforeAll(async () => {
    started = await startHarness();
  });
  afterAll(async () => {
    await started?.close();
  });
  const running = (): Harness => {
    if (!started) throw new Error('the harness starts in beforeAll: use it inside a test');
    return started;
  };
  return {
    get url() {
      return running().url;
    },
    open: (...args) => running().open(...args),
    openTab: (...args) => running().openTab(...args),
    close: () => running().close(),
  };
}
