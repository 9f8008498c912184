// When the autosaver writes, and the clock and timers it runs on (injectable, so tests drive time).

/** A write starts this long after the last change, unless MAX_WAIT_MS comes first. */
export const QUIET_MS = 400;
/** A stream of changes still starts a write at most this long after the first unsaved one. */
export const MAX_WAIT_MS = 1000;

/** How long to wait, at `now`, before writing changes unsaved since `firstChangeAt`. */
export function saveDelay(firstChangeAt: number, now: number): number {
  return Math.max(0, Math.min(QUIET_MS, firstChangeAt + MAX_WAIT_MS - now));
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};
