import { forceCollide as d3Collide, forceSimulation } from 'd3-force';
import { describe, expect, it } from 'vitest';
import { forceCollide } from '../../../src/core/layout/force-collide';
import { lcg } from '../../../src/core/layout/random';

interface Body { x: number; y: number; vx: number; vy: number; r: number }

function bodies(n: number, seed: number, spread: number): Body[] {
  const random = lcg(seed);
  return Array.from({ length: n }, () => ({ x: random() * spread, y: random() * spread, vx: random() - 0.5, vy: random() - 0.5, r: 3 + 5 * random() }));
}

function push(start: Body[], force: (alpha: number) => void): Body[] {
  const nodes = start.map((b) => ({ ...b }));
  forceSimulation(nodes).stop().force('f', force as never);
  nodes.forEach((node, i) => Object.assign(node, { vx: start[i]!.vx, vy: start[i]!.vy }));
  force(1);
  return nodes;
}

describe('forceCollide', () => {
  it('forceCollide moves two overlapping actors apart, the smaller one further', () => {
    const [big, small] = push([{ x: 0, y: 0, vx: 0, vy: 0, r: 10 }, { x: 5, y: 0, vx: 0, vy: 0, r: 5 }], forceCollide<Body>((d) => d.r));
    // Overlap 15 - 5 = 10, shared by area: the small one takes 100 / 125 of it.
    expect(small!.vx).toBeCloseTo(8, 12);
    expect(big!.vx).toBeCloseTo(-2, 12);
  });

  it('forceCollide gives the same velocities as d3.forceCollide where overlaps come in pairs', () => {
    // Where an actor overlaps several others, the order the pairs are met in changes the result a
    // little (each push sees the velocities the last one left), in d3 as here.
    const start = bodies(400, 5, 2000);
    const ours = push(start, forceCollide<Body>((d) => d.r));
    const d3 = push(start, d3Collide<Body>((d) => d.r));
    expect(ours.filter((node, i) => node.vx !== start[i]!.vx).length).toBeGreaterThan(4);
    ours.forEach((node, i) => {
      expect(node.vx).toBeCloseTo(d3[i]!.vx, 6);
      expect(node.vy).toBeCloseTo(d3[i]!.vy, 6);
    });
  });

  it('forceCollide leaves actors that do not touch alone', () => {
    const start = [{ x: 0, y: 0, vx: 1, vy: 2, r: 4 }, { x: 50, y: 0, vx: -1, vy: 0, r: 4 }];
    const pushed = push(start, forceCollide<Body>((d) => d.r));
    expect(pushed.map((n) => [n.vx, n.vy])).toEqual([[1, 2], [-1, 0]]);
  });
});
