import { forceManyBody, forceSimulation } from 'd3-force';
import { describe, expect, it } from 'vitest';
import { forceCharge } from '../../../src/core/layout/force-charge';
import { lcg } from '../../../src/core/layout/random';

interface Body { x: number; y: number; vx: number; vy: number }

function bodies(n: number, seed: number): Body[] {
  const random = lcg(seed);
  return Array.from({ length: n }, () => ({ x: random() * 800, y: random() * 500, vx: 0, vy: 0 }));
}

/** The velocities one application of `force` at alpha 0.5 gives a copy of `start`. */
function push(start: Body[], force: ((alpha: number) => void) & { initialize?: unknown }): Body[] {
  const nodes = start.map((b) => ({ ...b }));
  forceSimulation(nodes).stop().force('f', force as never);
  for (const node of nodes) node.vx = node.vy = 0;
  force(0.5);
  return nodes;
}

describe('forceCharge', () => {
  it('forceCharge pushes two actors apart along the line between them, by strength * alpha / distance', () => {
    const [a, b] = push([{ x: 0, y: 0, vx: 0, vy: 0 }, { x: 30, y: 40, vx: 0, vy: 0 }], forceCharge().strength(-100));
    // d = (30, 40), |d|^2 = 2500: each moves by d * strength * alpha / |d|^2 away from the other.
    expect(a!.vx).toBeCloseTo(-0.6, 12);
    expect(a!.vy).toBeCloseTo(-0.8, 12);
    expect(b!.vx).toBeCloseTo(0.6, 12);
    expect(b!.vy).toBeCloseTo(0.8, 12);
  });

  it('forceCharge with theta 0 sums every pair exactly', () => {
    const start = bodies(60, 4);
    const pushed = push(start, forceCharge().strength(-30).theta(0));
    pushed.forEach((node, i) => {
      let vx = 0, vy = 0;
      start.forEach((other, j) => {
        if (j === i) return;
        const dx = other.x - start[i]!.x, dy = other.y - start[i]!.y;
        const l = dx * dx + dy * dy;
        vx += (dx * -30 * 0.5) / l;
        vy += (dy * -30 * 0.5) / l;
      });
      expect(node.vx).toBeCloseTo(vx, 9);
      expect(node.vy).toBeCloseTo(vy, 9);
    });
  });

  it('forceCharge agrees with d3.forceManyBody at the same theta to within a few percent', () => {
    const start = bodies(2000, 9);
    const ours = push(start, forceCharge().strength(-90).theta(0.9));
    const d3 = push(start, forceManyBody().strength(-90).theta(0.9));
    let error = 0, size = 0;
    ours.forEach((node, i) => {
      error += Math.hypot(node.vx - d3[i]!.vx, node.vy - d3[i]!.vy);
      size += Math.hypot(d3[i]!.vx, d3[i]!.vy);
    });
    expect(error / size).toBeLessThan(0.03);
  });

  it('forceCharge separates actors that sit on the same spot', () => {
    const pushed = push([{ x: 5, y: 5, vx: 0, vy: 0 }, { x: 5, y: 5, vx: 0, vy: 0 }], forceCharge().strength(-30));
    expect(pushed[0]!.vx === pushed[1]!.vx && pushed[0]!.vy === pushed[1]!.vy).toBe(false);
    expect(pushed.every((node) => Number.isFinite(node.vx) && Number.isFinite(node.vy))).toBe(true);
  });
});
