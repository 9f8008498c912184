// The UI's handle on the layout worker: load a network, ask for frames, pin and unpin; survives a crash.

import type { LayoutFrame, LayoutInput } from '../core/layout';
import type { LayoutApi } from '../../workers/layout-api';
import { Latest, STALE, type Stale } from './latest';
import { SupervisedWorker, type WorkerCrashedError } from './supervised-worker';
import { comlinkPort, type WorkerPort } from './worker-port';

export function layoutWorkerPort(): WorkerPort<LayoutApi> {
  const worker = new Worker(new URL('../../workers/layout.worker.ts', import.meta.url), {
    type: 'module',
    name: 'layout',
  });
  return comlinkPort<LayoutApi>(worker);
}

/** Every layout call is a short batch of ticks: a worker silent for this long is hung, and is replaced. */
const WATCHDOG = { watchdogMs: 2000 };

export interface LayoutClientOptions {
  onCrash?: (error: WorkerCrashedError) => void;
}

export class LayoutClient {
  #input: LayoutInput | null = null;
  #seed = 1;
  #last: Float32Array | null = null;
  #lastIds: string[] = [];
  #pins = new Map<number, [number, number]>();
  #latest = new Latest();
  #worker: SupervisedWorker<LayoutApi>;

  constructor(createPort: () => WorkerPort<LayoutApi> = layoutWorkerPort, options: LayoutClientOptions = {}) {
    this.#worker = new SupervisedWorker(createPort, {
      // A fresh worker (first start or after a crash) resumes from the last positions the UI drew.
      onStart: (api) => (this.#input ? api.init(this.#startArgs()) : Promise.resolve()),
      ...(options.onCrash ? { onCrash: options.onCrash } : {}),
    });
  }

  get restarts(): number {
    return this.#worker.restarts;
  }

  /** Starts laying out a network; actors already placed keep their places. Older frames become stale. */
  async load(input: LayoutInput, seed: number): Promise<void> {
    this.#latest.invalidate();
    this.#input = input;
    this.#seed = seed;
    this.#pins.clear();
    await this.#worker.call((api) => api.init(this.#startArgs()), WATCHDOG);
  }

  /** Advances the layout up to `ticks` and returns the positions, or STALE if a newer load overtook it. */
  async nextFrame(ticks: number): Promise<LayoutFrame | Stale> {
    const frame = await this.#latest.run(() => this.#worker.call((api) => api.step(ticks), WATCHDOG));
    if (frame !== STALE && this.#input) {
      this.#last = frame.positions;
      this.#lastIds = this.#input.ids;
    }
    return frame;
  }

  pin(index: number, x: number, y: number): Promise<void> {
    this.#pins.set(index, [x, y]);
    return this.#worker.call((api) => api.pin(index, x, y), WATCHDOG);
  }

  unpin(index: number): Promise<void> {
    this.#pins.delete(index);
    return this.#worker.call((api) => api.unpin(index), WATCHDOG);
  }

  dispose(): void {
    this.#latest.invalidate();
    this.#worker.terminate();
  }

  #startArgs() {
    const previous = this.#last ? { ids: this.#lastIds, positions: this.#last } : undefined;
    return {
      input: this.#input!,
      seed: this.#seed,
      pins: new Map(this.#pins),
      ...(previous ? { previous } : {}),
    };
  }
}
