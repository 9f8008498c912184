import { describe, expect, it } from 'vitest';
import { Latest, STALE } from '../../src/bridge/latest';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

describe('Latest', () => {
  it('Latest returns the result of the only run', async () => {
    expect(await new Latest().run(async () => 42)).toBe(42);
  });

  it('Latest drops a result that arrives after a newer run started', async () => {
    const latest = new Latest();
    const slow = deferred<string>();
    const first = latest.run(() => slow.promise);
    const second = latest.run(async () => 'new');
    slow.resolve('old');
    expect(await first).toBe(STALE);
    expect(await second).toBe('new');
  });

  it('Latest drops a stale failure but passes on a current one', async () => {
    const latest = new Latest();
    const slow = deferred<string>();
    const first = latest.run(() => slow.promise);
    latest.invalidate();
    slow.reject(new Error('late'));
    expect(await first).toBe(STALE);
    await expect(latest.run(async () => { throw new Error('now'); })).rejects.toThrow('now');
  });
});
