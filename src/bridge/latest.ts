// Drops results that a newer request has made stale.

export const STALE: unique symbol = Symbol('stale');
export type Stale = typeof STALE;

export class Latest {
  #ticket = 0;

  /** The task's result, or STALE if another run started before this one settled (a stale failure is dropped too). */
  async run<T>(task: () => Promise<T>): Promise<T | Stale> {
    const ticket = ++this.#ticket;
    try {
      const result = await task();
      return ticket === this.#ticket ? result : STALE;
    } catch (error) {
      if (ticket !== this.#ticket) return STALE;
      throw error;
    }
  }

  /** Makes every run in flight stale. */
  invalidate(): void {
    this.#ticket++;
  }
}
