// Median wall-clock timing for the benchmark.

/** Runs `fn` once to warm up, then `runs` times; returns the median in milliseconds. */
export function medianMs(runs: number, fn: (run: number) => unknown): number {
  fn(-1);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    fn(run);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
}
