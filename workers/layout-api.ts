// The layout worker's API: plain functions around the pure layout core, testable without a worker.

import { transfer } from 'comlink';
import { createLayout, positionsById, type Layout, type LayoutFrame, type LayoutInput } from '../src/core/layout';

export interface LayoutStart {
  input: LayoutInput;
  seed: number;
  /** Where the actors of the last version were: ids and their positions, which cross far cheaper than a Map of pairs. */
  previous?: { ids: string[]; positions: Float32Array };
  pins?: Map<number, [number, number]>;
}

/** How hot the layout gets while an actor is dragged or released: enough for its ties to follow. */
const DRAG_ALPHA = 0.1;

export function createLayoutApi() {
  let layout: Layout | null = null;
  let ticks = 0;
  /**
   * The batch after the one just sent, computed while the page draws that one: the page still asks
   * for each frame only after drawing the last, but no longer waits for the ticks as well.
   */
  let ahead: LayoutFrame | null = null;
  let aheadTimer: ReturnType<typeof setTimeout> | undefined;

  const current = (): Layout => {
    if (!layout) throw new Error('layout worker: step() before init()');
    return layout;
  };
  const advance = (maxTicks: number): LayoutFrame => {
    const frame = current().step(maxTicks);
    ticks += frame.ticks;
    // A browser test reads this from the worker to see that the layout ran here, not on the page.
    (globalThis as { bridgeworkLayoutTicks?: number }).bridgeworkLayoutTicks = ticks;
    return frame;
  };
  /** Anything that changes the layout (a new network, a pin) makes the batch computed ahead wrong. */
  const dropAhead = () => {
    clearTimeout(aheadTimer);
    aheadTimer = undefined;
    ahead = null;
  };

  return {
    init({ input, seed, previous, pins }: LayoutStart): void {
      dropAhead();
      layout = createLayout(input, previous ? { seed, previous: positionsById(previous.ids, previous.positions) } : { seed });
      for (const [index, [x, y]] of pins ?? []) layout.pin(index, x, y);
    },
    step(maxTicks: number): LayoutFrame {
      const frame = ahead ?? advance(maxTicks);
      dropAhead();
      if (!frame.settled) {
        aheadTimer = setTimeout(() => {
          aheadTimer = undefined;
          ahead = advance(maxTicks);
        });
      }
      return transfer(frame, [frame.positions.buffer]);
    },
    pin(index: number, x: number, y: number): void {
      dropAhead();
      current().pin(index, x, y);
      current().reheat(DRAG_ALPHA);
    },
    unpin(index: number): void {
      dropAhead();
      current().unpin(index);
      current().reheat(DRAG_ALPHA);
    },
  };
}

export type LayoutApi = ReturnType<typeof createLayoutApi>;
