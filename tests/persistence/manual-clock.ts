// A clock the test moves by hand: timers run in order when it passes their time.

import type { Timers } from '../../src/persistence/save-timing';

export class ManualClock implements Timers {
  time = 0;
  #next = 1;
  #timers = new Map<number, { at: number; fn: () => void }>();

  setTimeout(fn: () => void, ms: number): number {
    const id = this.#next++;
    this.#timers.set(id, { at: this.time + ms, fn });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number);
  }

  now(): number {
    return this.time;
  }

  /** Moves time on by `ms`, running each timer that comes due, then letting promises settle. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.#timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.#timers.delete(due[0]);
      this.time = due[1].at;
      due[1].fn();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    this.time = end;
  }
}
