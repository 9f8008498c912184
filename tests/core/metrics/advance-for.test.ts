import { describe, expect, it } from 'vitest';
import { advanceFor } from '../../../src/core/metrics/advance-for';

function* count(to: number) {
  for (let i = 1; i <= to; i++) yield i;
}

describe('advanceFor', () => {
  it('advanceFor takes steps until the slice has passed, and the next call carries on from there', () => {
    let time = 0;
    const now = () => (time += 2);
    const steps = count(10);
    // Readings 2 (start, slice ends at 8), then 4, 6, 8 after steps 1, 2, 3.
    expect(advanceFor(steps, 6, now)).toEqual({ last: 3, finished: false });
    expect(advanceFor(steps, 6, now)).toEqual({ last: 6, finished: false });
  });

  it('advanceFor takes one step even with no time, and says when the generator is finished', () => {
    const steps = count(2);
    expect(advanceFor(steps, 0, () => 0)).toEqual({ last: 1, finished: false });
    expect(advanceFor(steps, 100, () => 0)).toEqual({ last: 2, finished: true });
    expect(advanceFor(steps, 100, () => 0)).toEqual({ last: undefined, finished: true });
  });
});
