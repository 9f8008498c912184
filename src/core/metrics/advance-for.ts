// Steps a generator for a slice of time: how a worker interleaves long work with the requests that come meanwhile.

export interface Advanced<T> {
  /** The last value yielded in the slice (undefined only if the generator had nothing left). */
  last: T | undefined;
  /** The generator has returned: nothing is left to do. */
  finished: boolean;
}

/**
 * Takes steps from `steps` until `ms` have passed (as `now` tells, in milliseconds), always at least one.
 * A step longer than the slice overruns it: the caller keeps steps small.
 */
export function advanceFor<T>(steps: Iterator<T, unknown, undefined>, ms: number, now: () => number = () => performance.now()): Advanced<T> {
  const until = now() + ms;
  let last: T | undefined;
  do {
    const step = steps.next();
    if (step.done) return { last, finished: true };
    last = step.value;
  } while (now() < until);
  return { last, finished: false };
}
