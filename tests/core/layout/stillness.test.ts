import { describe, expect, it } from 'vitest';
import { isStill } from '../../../src/core/layout/stillness';

const at = (x: number, y: number, vx = 0, vy = 0) => ({ x, y, vx, vy });

describe('isStill', () => {
  it('isStill is true when the fastest actor moves less than the share of the extent', () => {
    // Extent 1000 (the wider side): a share of 1e-3 allows just under one unit a tick.
    expect(isStill([at(0, 0, 0.6, 0.6), at(1000, 200), at(500, 100, -0.1)], 1e-3)).toBe(true);
  });

  it('isStill is false when one actor still moves, however still the rest', () => {
    const nodes = Array.from({ length: 100 }, (_, i) => at(i * 10, 0));
    nodes[42] = at(420, 0, 0, 3);
    expect(isStill(nodes, 1e-3)).toBe(false);
  });
});
