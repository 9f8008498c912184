// What part of the layout is on screen, so drawing can skip the rest.

import { NODE_STRIDE } from '../../core/layout/positions';
import type { Camera, Scene } from './scene';

/** The screen's bounds in layout units, with a margin for the largest shapes and thick lines. */
export interface Viewport {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function viewportOf(camera: Camera, width: number, height: number, marginPx = 30): Viewport {
  return {
    x0: (-marginPx - camera.x) / camera.k,
    y0: (-marginPx - camera.y) / camera.k,
    x1: (width + marginPx - camera.x) / camera.k,
    y1: (height + marginPx - camera.y) / camera.k,
  };
}

export function actorInView(view: Viewport, scene: Scene, i: number): boolean {
  const x = scene.positions[i * NODE_STRIDE]!;
  const y = scene.positions[i * NODE_STRIDE + 1]!;
  return x >= view.x0 && x <= view.x1 && y >= view.y0 && y <= view.y1;
}

/** True when a line from actor s to actor t cannot cross the screen: both ends beyond the same edge. */
export function outside(view: Viewport, positions: Float32Array, s: number, t: number): boolean {
  const sx = positions[s * NODE_STRIDE]!;
  const sy = positions[s * NODE_STRIDE + 1]!;
  const tx = positions[t * NODE_STRIDE]!;
  const ty = positions[t * NODE_STRIDE + 1]!;
  return (sx < view.x0 && tx < view.x0) || (sx > view.x1 && tx > view.x1) || (sy < view.y0 && ty < view.y0) || (sy > view.y1 && ty > view.y1);
}
