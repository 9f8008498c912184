import { describe, expect, it } from 'vitest';
import { FlatQuadtree } from '../../../src/core/layout/flat-quadtree';
import { lcg } from '../../../src/core/layout/random';

function points(n: number, seed: number) {
  const random = lcg(seed);
  return { xs: Float64Array.from({ length: n }, () => random() * 1000), ys: Float64Array.from({ length: n }, () => random() * 600) };
}

/** Every cell's run of points, and checks of each cell against its children. */
function walk(tree: FlatQuadtree, xs: Float64Array, ys: Float64Array): number[] {
  const inLeaves: number[] = [];
  for (let c = 0; c < tree.cells; c++) {
    const run = Array.from(tree.order.subarray(tree.start[c]!, tree.end[c]!));
    for (const i of run) {
      expect(xs[i]!).toBeGreaterThanOrEqual(tree.x0[c]!);
      expect(xs[i]!).toBeLessThanOrEqual(tree.x0[c]! + tree.size[c]!);
      expect(ys[i]!).toBeGreaterThanOrEqual(tree.y0[c]!);
      expect(ys[i]!).toBeLessThanOrEqual(tree.y0[c]! + tree.size[c]!);
    }
    if (tree.leaf[c]) {
      inLeaves.push(...run);
      continue;
    }
    const children = Array.from(tree.child.subarray(4 * c, 4 * c + 4)).filter((k) => k >= 0);
    expect(children.reduce((sum, k) => sum + tree.end[k]! - tree.start[k]!, 0)).toBe(run.length);
  }
  return inLeaves;
}

describe('FlatQuadtree', () => {
  it('FlatQuadtree puts every point in exactly one leaf, inside every cell that holds it', () => {
    const { xs, ys } = points(500, 3);
    const tree = new FlatQuadtree();
    tree.build(xs, ys, 500);
    expect(walk(tree, xs, ys).sort((a, b) => a - b)).toEqual(Array.from({ length: 500 }, (_, i) => i));
  });

  it('FlatQuadtree keeps coincident points together in one leaf instead of splitting forever', () => {
    const xs = new Float64Array(50).fill(7);
    const ys = new Float64Array(50).fill(-3);
    xs[0] = 100;
    const tree = new FlatQuadtree();
    tree.build(xs, ys, 50);
    expect(walk(tree, xs, ys)).toHaveLength(50);
    const leaves = Array.from({ length: tree.cells }, (_, c) => c).filter((c) => tree.leaf[c]);
    expect(leaves.some((c) => tree.end[c]! - tree.start[c]! === 49)).toBe(true);
  });

  it('FlatQuadtree rebuilt for fewer points forgets the old ones', () => {
    const tree = new FlatQuadtree();
    const big = points(300, 1);
    tree.build(big.xs, big.ys, 300);
    const small = points(20, 2);
    tree.build(small.xs, small.ys, 20);
    expect(tree.end[0]! - tree.start[0]!).toBe(20);
    expect(walk(tree, small.xs, small.ys).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});
