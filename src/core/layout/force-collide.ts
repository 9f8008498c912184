// Keeps actors from overlapping, on a typed-array quadtree: d3's forceCollide, for thousands of actors.

import { FlatQuadtree } from './flat-quadtree';

interface Body {
  x?: number;
  y?: number;
  vx?: number;
  vy?: number;
}

export interface CollideForce<N extends Body> {
  (alpha: number): void;
  initialize(nodes: N[], random: () => number): void;
}

/**
 * Pushes apart every two actors whose circles (radius(node)) will overlap after this tick's
 * velocities, each moving in proportion to the other's area, exactly as d3.forceCollide does with
 * strength 1 and one iteration; pairs are found through a quadtree of the predicted positions
 * whose cells know their largest radius, so only near cells are opened.
 */
export function forceCollide<N extends Body>(radius: (node: N) => number): CollideForce<N> {
  let nodes: N[] = [];
  let random: () => number = Math.random;
  let radii = new Float64Array(0);
  const tree = new FlatQuadtree();
  let px = new Float64Array(0);
  let py = new Float64Array(0);
  let xs = new Float64Array(0);
  let ys = new Float64Array(0);
  let vx = new Float64Array(0);
  let vy = new Float64Array(0);
  let reach = new Float64Array(0);
  let stack = new Int32Array(0);
  const jiggle = () => (random() - 0.5) * 1e-6;

  // Like d3's, the push does not weaken as the layout cools: overlaps are undone at any alpha.
  const force = ((_alpha: number) => {
    const n = nodes.length;
    for (let i = 0; i < n; i++) {
      const node = nodes[i]!;
      px[i] = node.x!;
      py[i] = node.y!;
      vx[i] = node.vx!;
      vy[i] = node.vy!;
      xs[i] = px[i]! + vx[i]!;
      ys[i] = py[i]! + vy[i]!;
    }
    tree.build(xs, ys, n);
    const { cells, order, start, end, child, leaf, x0, y0, size } = tree;
    if (reach.length < cells) reach = new Float64Array(cells * 2);
    for (let c = cells - 1; c >= 0; c--) {
      let r = 0;
      if (leaf[c]) for (let p = start[c]!; p < end[c]!; p++) r = Math.max(r, radii[order[p]!]!);
      else for (let q = 4 * c; q < 4 * c + 4; q++) if (child[q]! >= 0) r = Math.max(r, reach[child[q]!]!);
      reach[c] = r;
    }
    for (let i = 0; i < n; i++) {
      // The tree holds the positions predicted before this force ran; pairs use the velocities as they are now, as d3's do.
      const xi = px[i]! + vx[i]!, yi = py[i]! + vy[i]!, ri = radii[i]!, ri2 = ri * ri;
      let top = 0;
      stack[top++] = 0;
      while (top > 0) {
        const c = stack[--top]!;
        const r = ri + reach[c]!;
        if (x0[c]! > xi + r || x0[c]! + size[c]! < xi - r || y0[c]! > yi + r || y0[c]! + size[c]! < yi - r) continue;
        if (!leaf[c]) {
          for (let q = 4 * c + 3; q >= 4 * c; q--) if (child[q]! >= 0) stack[top++] = child[q]!;
          continue;
        }
        for (let p = start[c]!; p < end[c]!; p++) {
          const j = order[p]!;
          if (j <= i) continue;
          const rj2 = radii[j]! * radii[j]!;
          const rr = ri + radii[j]!;
          let x = xi - px[j]! - vx[j]!, y = yi - py[j]! - vy[j]!;
          let l = x * x + y * y;
          if (l >= rr * rr) continue;
          if (x === 0) (x = jiggle()), (l += x * x);
          if (y === 0) (y = jiggle()), (l += y * y);
          l = Math.sqrt(l);
          l = (rr - l) / l;
          x *= l;
          y *= l;
          const share = rj2 / (ri2 + rj2);
          vx[i] = vx[i]! + x * share;
          vy[i] = vy[i]! + y * share;
          vx[j] = vx[j]! - x * (1 - share);
          vy[j] = vy[j]! - y * (1 - share);
        }
      }
    }
    for (let i = 0; i < n; i++) {
      nodes[i]!.vx = vx[i]!;
      nodes[i]!.vy = vy[i]!;
    }
  }) as CollideForce<N>;

  force.initialize = (next: N[], nextRandom: () => number) => {
    nodes = next;
    random = nextRandom;
    const n = nodes.length;
    radii = Float64Array.from(nodes, radius);
    px = new Float64Array(n);
    py = new Float64Array(n);
    xs = new Float64Array(n);
    ys = new Float64Array(n);
    vx = new Float64Array(n);
    vy = new Float64Array(n);
    stack = new Int32Array(4 * 34);
  };
  return force;
}
