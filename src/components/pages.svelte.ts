// A long list shown a page at a time: how many rows are on show, and what the next "Show more" adds.

export class Pages {
  shown = $state(0);

  constructor(
    readonly size: number,
    /** How many rows the list has now. */
    private readonly total: () => number,
  ) {
    this.shown = size;
  }

  /** Rows not yet shown. */
  get rest(): number {
    return Math.max(0, this.total() - this.shown);
  }

  /** How many the next "Show more" adds. */
  get next(): number {
    return Math.min(this.size, this.rest);
  }

  more = (): void => {
    this.shown += this.size;
  };
}
