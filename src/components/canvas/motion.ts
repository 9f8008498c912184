// Whether the map is in motion (a drag, a pan, the layout running), and one more paint once it has come to rest.

/** This long without a change and the picture counts as still: long enough to span the gaps between a hand's moves. */
const QUIET_MS = 150;

export class Motion {
  #last = -Infinity;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** `rested` is called once the picture has been still for QUIET_MS after being painted in motion. */
  constructor(private readonly rested: () => void) {}

  moved(): void {
    this.#last = performance.now();
  }

  /** Whether a paint now is of a moving picture; if so, `rested` follows once it stops. */
  paintingInMotion(): boolean {
    clearTimeout(this.#timer);
    const left = this.#last + QUIET_MS - performance.now();
    if (left <= 0) return false;
    this.#timer = setTimeout(this.rested, left);
    return true;
  }

  dispose(): void {
    clearTimeout(this.#timer);
  }
}
