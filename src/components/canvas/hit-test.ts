// Finds the actor under a point, with a quadtree rebuilt only when the positions change.

import { quadtree, type Quadtree } from 'd3-quadtree';
import { NODE_STRIDE } from '../../core/layout/positions';
import type { Scene } from './scene';

export class HitTester {
  #tree: Quadtree<number> | null = null;
  #positions: Float32Array | null = null;
  #visible: Uint8Array | null = null;
  #maxRadius = 0;

  /** The visible actor whose shape covers world point (x, y), give or take `slack` world units; -1 if none. */
  find(scene: Scene, x: number, y: number, slack: number): number {
    const tree = this.#treeFor(scene);
    let best = -1;
    let bestDistance = Infinity;
    const reach = this.#maxRadius + slack;
    tree.visit((node, x0, y0, x1, y1) => {
      if (!node.length) {
        for (let leaf: typeof node | undefined = node; leaf; leaf = (leaf as { next?: typeof node }).next) {
          const i = (leaf as { data: number }).data;
          const dx = scene.positions[i * NODE_STRIDE]! - x;
          const dy = scene.positions[i * NODE_STRIDE + 1]! - y;
          const d = Math.hypot(dx, dy);
          if (d <= scene.radii[i]! + slack && d < bestDistance) {
            best = i;
            bestDistance = d;
          }
        }
      }
      return x0 > x + reach || x1 < x - reach || y0 > y + reach || y1 < y - reach;
    });
    return best;
  }

  #treeFor(scene: Scene): Quadtree<number> {
    if (this.#tree && this.#positions === scene.positions && this.#visible === scene.visible) return this.#tree;
    const ids: number[] = [];
    let maxRadius = 0;
    for (let i = 0; i < scene.actors.length; i++) {
      if (!scene.visible[i]) continue;
      ids.push(i);
      maxRadius = Math.max(maxRadius, scene.radii[i]!);
    }
    this.#tree = quadtree<number>()
      .x((i) => scene.positions[i * NODE_STRIDE]!)
      .y((i) => scene.positions[i * NODE_STRIDE + 1]!)
      .addAll(ids);
    this.#positions = scene.positions;
    this.#visible = scene.visible;
    this.#maxRadius = maxRadius;
    return this.#tree;
  }
}
