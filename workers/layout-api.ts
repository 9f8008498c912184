// The layout worker's API: plain functions around the pure layout core, testable without a worker.

import { transfer } from 'comlink';
import { createLayout, type Layout, type LayoutFrame, type LayoutInput } from '../src/core/layout';

export interface LayoutStart {
  input: LayoutInput;
  seed: number;
  previous?: Map<string, [number, number]>;
  pins?: Map<number, [number, number]>;
}

/** How hot the layout gets while an actor is dragged or released: enough for its ties to follow. */
const DRAG_ALPHA = 0.1;

export function createLayoutApi() {
  let layout: Layout | null = null;
  let ticks = 0;

  const current = (): Layout => {
    if (!layout) throw new Error('layout worker: step() before init()');
    return layout;
  };

  return {
    init({ input, seed, previous, pins }: LayoutStart): void {
      layout = createLayout(input, previous ? { seed, previous } : { seed });
      for (const [index, [x, y]] of pins ?? []) layout.pin(index, x, y);
    },
    step(maxTicks: number): LayoutFrame {
      const frame = current().step(maxTicks);
      ticks += maxTicks;
      // A browser test reads this from the worker to see that the layout ran here, not on the page.
      (globalThis as { bridgeworkLayoutTicks?: number }).bridgeworkLayoutTicks = ticks;
      return transfer(frame, [frame.positions.buffer]);
    },
    pin(index: number, x: number, y: number): void {
      current().pin(index, x, y);
      current().reheat(DRAG_ALPHA);
    },
    unpin(index: number): void {
      current().unpin(index);
      current().reheat(DRAG_ALPHA);
    },
  };
}

export type LayoutApi = ReturnType<typeof createLayoutApi>;
