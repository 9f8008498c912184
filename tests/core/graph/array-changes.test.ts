import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyArrayChanges, arrayChanges, removedBy } from '../../../src/core/graph/array-changes';

const pool = Array.from({ length: 12 }, (_, i) => ({ i }));
const drawn = fc.array(fc.constantFrom(...pool), { maxLength: 12 }).map((items) => [...new Set(items)]);

describe('arrayChanges', () => {
  it('arrayChanges and applyArrayChanges rebuild the next array from the earlier one', () => {
    fc.assert(
      fc.property(drawn, drawn, (base, next) => {
        const changes = arrayChanges(base, next);
        expect(applyArrayChanges(base, changes)).toEqual(next);
        expect(changes.added.every((x) => !base.includes(x))).toBe(true);
        expect(removedBy(base, changes)).toEqual(base.filter((x) => !next.includes(x)));
      }),
    );
  });

  it('arrayChanges matches an appended element by position, the rest by identity', () => {
    const [a, b, c, d] = pool;
    const changes = arrayChanges([a!, b!, c!], [a!, c!, d!]);
    expect(Array.from(changes.from)).toEqual([0, 2, -1]);
    expect(changes.added).toEqual([d]);
  });
});
