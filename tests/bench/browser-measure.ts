// What `npm run bench:browser` measures on one page: load, settle, drag, and an edit's round trip.

import type { Page } from 'playwright-core';

/** Milliseconds from the mark `start` to the first mark `name` after it, waiting up to `timeoutMs`. */
export async function sinceMark(page: Page, start: string, name: string, timeoutMs = 60_000): Promise<number> {
  await page.waitForFunction(
    ([s, n]) => {
      const t0 = performance.getEntriesByName(s!).at(-1)?.startTime ?? Infinity;
      return performance.getEntriesByName(n!).some((e) => e.startTime >= t0);
    },
    [start, name],
    { timeout: timeoutMs, polling: 20 },
  );
  return page.evaluate(([s, n]) => {
    const t0 = performance.getEntriesByName(s!).at(-1)!.startTime;
    return performance.getEntriesByName(n!).find((e) => e.startTime >= t0)!.startTime - t0;
  }, [start, name]);
}

/** Frames per second the page paints while `act` runs (requestAnimationFrame callbacks counted). */
export async function framesPerSecond(page: Page, act: () => Promise<void>): Promise<number> {
  // A string, not a function: tsx would wrap the inner named function in a helper the page lacks.
  await page.evaluate(`(() => {
    window.benchFrames = 0;
    window.benchCounting = true;
    const tick = () => {
      if (!window.benchCounting) return;
      window.benchFrames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const started = Date.now();
  await act();
  const seconds = (Date.now() - started) / 1000;
  const frames = await page.evaluate(() => {
    const w = window as unknown as { benchFrames: number; benchCounting: boolean };
    w.benchCounting = false;
    return w.benchFrames;
  });
  return frames / seconds;
}

/** Drags from the centre of the map in a slow circle for about two seconds, as a hand would. */
export async function dragAtCentre(page: Page): Promise<void> {
  const box = (await page.locator('canvas').first().boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 1; i <= 120; i++) {
    const a = (i / 120) * 2 * Math.PI;
    await page.mouse.move(cx + 80 * Math.sin(a), cy + 60 * (1 - Math.cos(a)));
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
}
