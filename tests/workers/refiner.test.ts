import { describe, expect, it } from 'vitest';
import { Refiner } from '../../workers/refiner';

const tasks = (count: number) => new Promise<void>((resolve) => {
  const next = (left: number) => (left === 0 ? resolve() : setTimeout(() => next(left - 1)));
  next(count);
});

describe('Refiner', () => {
  it('Refiner.run steps in separate tasks until the step says it is finished', async () => {
    const refiner = new Refiner();
    let steps = 0;
    const run = refiner.run('a', () => ++steps === 3);
    expect(steps).toBe(0);
    expect(refiner.running).toEqual(['a']);
    await run;
    expect(steps).toBe(3);
    expect(refiner.running).toEqual([]);
  });

  it('Refiner: a newer run under the same key stops the older one; other keys go on', async () => {
    const refiner = new Refiner();
    const taken: string[] = [];
    const old = refiner.run('a', () => (taken.push('old'), false));
    const other = refiner.run('b', () => (taken.push('b'), taken.filter((s) => s === 'b').length === 4));
    await tasks(2);
    const newer = refiner.run('a', () => (taken.push('new'), taken.filter((s) => s === 'new').length === 2));
    await Promise.all([old, newer, other]);
    const lastOld = taken.lastIndexOf('old');
    expect(lastOld).toBeLessThan(taken.indexOf('new'));
    expect(taken.filter((s) => s === 'new')).toHaveLength(2);
    expect(taken.filter((s) => s === 'b')).toHaveLength(4);
  });

  it('Refiner.pause holds a run between steps until resume; stop ends a paused run', async () => {
    const refiner = new Refiner();
    let steps = 0;
    const run = refiner.run('a', () => ++steps === 5);
    await tasks(3);
    expect(refiner.pause('a')).toBe(true);
    const held = steps;
    await tasks(5);
    expect(steps).toBe(held);
    expect(refiner.resume('a')).toBe(true);
    await run;
    expect(steps).toBe(5);
    expect(refiner.pause('a')).toBe(false);

    let other = 0;
    const paused = refiner.run('b', () => (++other, false));
    refiner.pause('b');
    await tasks(3);
    refiner.stop('b');
    await paused;
    expect(other).toBeLessThanOrEqual(1);
    expect(refiner.resume('b')).toBe(false);
  });
});
