// Positions from the layout worker, fetched one batch at a time: the next batch only after the last was drawn.

import { LayoutClient } from '../bridge/layout-client';
import { STALE } from '../bridge/latest';
import type { LayoutInput } from '../core/layout/layout-input';
import { NODE_STRIDE } from '../core/layout/positions';
import { t } from '../i18n/i18n.svelte';
import { mark } from './milestones';

/** Ticks per drawn frame: about 90 frames (1.5 s at 60 Hz) from a cold start to a settled layout. */
const TICKS_PER_FRAME = 3;
/** The first frame of a network is one tick, so the picture appears as soon as the worker has the network. */
const FIRST_FRAME_TICKS = 1;
/** After this many crashes in a row the layout stops asking and says so. */
const MAX_RESTARTS = 5;

export class LayoutState {
  positions = $state.raw<Float32Array | null>(null);
  settled = $state(false);
  notice = $state<string | null>(null);
  pinned = $state.raw<ReadonlySet<number>>(new Set());
  #client: LayoutClient;
  #inFlight = false;
  #crashesInRow = 0;
  /** No frame of the network last loaded has arrived yet. */
  #fresh = false;

  constructor(client?: LayoutClient) {
    this.#client = client ?? new LayoutClient(undefined, {
      onCrash: () => (this.notice = t('map.layoutRestarted')),
    });
  }

  async load(input: LayoutInput, seed: number): Promise<void> {
    this.settled = false;
    this.pinned = new Set();
    this.#fresh = true;
    // A worker that fails here is replaced, and the next frame request starts the new one from this input.
    const loaded = this.#client.load(input, seed).catch(() => undefined);
    // Asked for with the network, not once the worker has said it has it: the page may be busy by then.
    this.#request(FIRST_FRAME_TICKS);
    await loaded;
  }

  /** The canvas calls this after painting a frame; it is what paces the worker. */
  frameDrawn(): void {
    if (!this.settled) this.#request();
  }

  /** Moves an actor to (x, y) at once and pins it there. */
  drag(index: number, x: number, y: number): void {
    if (this.positions) {
      const next = this.positions.slice();
      next[index * NODE_STRIDE] = x;
      next[index * NODE_STRIDE + 1] = y;
      this.positions = next;
    }
    if (!this.pinned.has(index)) this.pinned = new Set([...this.pinned, index]);
    this.settled = false;
    void this.#client.pin(index, x, y).catch(() => {});
  }

  unpin(index: number): void {
    const next = new Set(this.pinned);
    next.delete(index);
    this.pinned = next;
    this.settled = false;
    void this.#client.unpin(index).then(() => this.#request(), () => {});
  }

  dispose(): void {
    this.#client.dispose();
  }

  #request(ticks = TICKS_PER_FRAME): void {
    if (this.#inFlight) return;
    this.#inFlight = true;
    this.#client.nextFrame(ticks).then(
      (frame) => {
        this.#inFlight = false;
        this.#crashesInRow = 0;
        if (frame === STALE) return this.#request();
        this.positions = frame.positions;
        if (this.#fresh) mark('layout-first-frame');
        if (frame.settled && !this.settled) mark('layout-settled');
        this.#fresh = false;
        this.settled = frame.settled;
      },
      () => {
        this.#inFlight = false;
        if (++this.#crashesInRow > MAX_RESTARTS) {
          this.notice = t('map.layoutFrozen');
          return;
        }
        this.#request();
      },
    );
  }
}
