// Median wall-clock timing for the benchmark.

/** Calls `fn` `times` times; returns the elapsed milliseconds per call. */
function timeCalls(fn: (run: number) => unknown, times: number, run: number): number {
  const start = performance.now();
  for (let i = 0; i < times; i++) fn(run);
  return (performance.now() - start) / times;
}

/**
 * Warms `fn` up (at least 3 calls and 100 ms, so V8 has optimised it), then takes `runs`
 * samples and returns their median in milliseconds per call. A fast `fn` is called
 * repeatedly within each sample (for at least about 5 ms) so timer resolution does not
 * decide the result.
 */
export function medianMs(runs: number, fn: (run: number) => unknown): number {
  const warmStart = performance.now();
  let calls = 0;
  for (; calls < 3 || performance.now() - warmStart < 100; calls++) fn(-1 - calls);
  const perCall = (performance.now() - warmStart) / calls;
  const repeat = Math.max(1, Math.ceil(5 / Math.max(perCall, 1e-3)));
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) samples.push(timeCalls(fn, repeat, run));
  samples.sort((a, b) => a - b);
  const mid = Math.floor(samples.length / 2);
  return samples.length % 2 ? samples[mid]! : (samples[mid - 1]! + samples[mid]!) / 2;
}
