// Background work the analysis worker does between requests: one run per key, stopped by a newer one, paused and resumed on request.

/** Lets any request waiting in the worker's queue run before the next step. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

interface Run {
  paused: boolean;
  /** Ends the wait of a paused run, to go on or to find it has been stopped. */
  wake: () => void;
}

export class Refiner {
  #runs = new Map<string, Run>();

  /**
   * Calls `step` again and again, each time in a task of its own, until it returns true (finished)
   * or the run is stopped; a run already under `key` is stopped first. Resolves when the run ends.
   */
  async run(key: string, step: () => boolean): Promise<void> {
    this.stop(key);
    const run: Run = { paused: false, wake: () => {} };
    this.#runs.set(key, run);
    try {
      for (;;) {
        await nextTask();
        while (run.paused && this.#runs.get(key) === run) await new Promise<void>((resolve) => (run.wake = resolve));
        if (this.#runs.get(key) !== run || step()) return;
      }
    } finally {
      if (this.#runs.get(key) === run) this.#runs.delete(key);
    }
  }

  stop(key: string): void {
    const run = this.#runs.get(key);
    this.#runs.delete(key);
    run?.wake();
  }

  /** Holds the run under `key` between two steps until resumed; false if there is none. */
  pause(key: string): boolean {
    const run = this.#runs.get(key);
    if (run) run.paused = true;
    return run !== undefined;
  }

  /** Lets a paused run go on; false if there is no run under `key`. */
  resume(key: string): boolean {
    const run = this.#runs.get(key);
    if (run) {
      run.paused = false;
      run.wake();
    }
    return run !== undefined;
  }

  /** Keys of the runs not yet finished or stopped. */
  get running(): string[] {
    return [...this.#runs.keys()];
  }
}
