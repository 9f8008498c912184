// Progress of a suggestion search, in rows of candidate pairs, reported to the caller sparingly.

import type { Progress } from './suggestions-search';

/** Counts rows, reports about every 1% of the total (so ~100 calls in all), and always ends with done === total. */
export class RowProgress implements Progress {
  done = 0;
  private reported = -1;
  constructor(
    public total: number,
    private readonly report?: (done: number, total: number) => void,
  ) {}
  advance(rows: number): void {
    this.done = Math.min(this.total, this.done + rows);
    if (this.report && (this.done - this.reported >= Math.max(1, this.total / 100) || this.done === this.total)) {
      if (this.done === this.reported) return;
      this.reported = this.done;
      this.report(this.done, this.total);
    }
  }
  grow(rows: number): void {
    this.total += rows;
  }
}

