// The camera that shows a set of points whole, and the camera that centres one point.

import { NODE_STRIDE } from '../../core/layout/positions';
import type { Camera } from './scene';

/** Screen space kept free at the bottom, e.g. under a legend drawn over the map. */
export function fitCamera(positions: Float32Array, visible: Uint8Array, width: number, height: number, padding = 48, bottomInset = 0): Camera {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (let i = 0; i < visible.length; i++) {
    if (!visible[i]) continue;
    const x = positions[i * NODE_STRIDE]!;
    const y = positions[i * NODE_STRIDE + 1]!;
    x0 = Math.min(x0, x); x1 = Math.max(x1, x);
    y0 = Math.min(y0, y); y1 = Math.max(y1, y);
  }
  const usable = Math.max(height / 2, height - bottomInset);
  if (!Number.isFinite(x0)) return { x: width / 2, y: usable / 2, k: 1 };
  const k = Math.min(4, (width - 2 * padding) / Math.max(1, x1 - x0), (usable - 2 * padding) / Math.max(1, y1 - y0));
  const scale = Math.max(0.05, k);
  return { x: width / 2 - ((x0 + x1) / 2) * scale, y: usable / 2 - ((y0 + y1) / 2) * scale, k: scale };
}

export function centreOn(x: number, y: number, k: number, width: number, height: number): Camera {
  return { x: width / 2 - x * k, y: height / 2 - y * k, k };
}
