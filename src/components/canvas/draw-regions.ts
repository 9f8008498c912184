// Quiet country names behind each cluster (quiet by weight and colour, yet 4.5:1 as text must be), placed at the centre of the actors that belong to it.

import { NODE_STRIDE } from '../../core/layout/positions';
import { regionIndex, REGIONS } from '../../core/layout/regions';
import type { CanvasTheme } from './canvas-theme';
import { toScreen, type Camera, type Scene } from './scene';

export function drawRegions(ctx: CanvasRenderingContext2D, scene: Scene, camera: Camera, theme: Readonly<CanvasTheme>): void {
  const sumX = new Float64Array(REGIONS.length);
  const sumY = new Float64Array(REGIONS.length);
  const count = new Uint32Array(REGIONS.length);
  const top = new Float64Array(REGIONS.length).fill(Infinity);
  scene.actors.forEach((actor, i) => {
    if (!scene.visible[i]) return;
    const r = regionIndex(actor.country);
    if (r < 0) return;
    const y = scene.positions[i * NODE_STRIDE + 1]!;
    sumX[r]! += scene.positions[i * NODE_STRIDE]!;
    sumY[r]! += y;
    count[r]!++;
    top[r] = Math.min(top[r]!, y);
  });
  ctx.font = '600 15px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  ctx.fillStyle = theme.region;
  REGIONS.forEach((region, r) => {
    if (count[r] === 0) return;
    const [sx, sy] = toScreen(camera, sumX[r]! / count[r]!, top[r]!);
    ctx.fillText((scene.regionLabels?.[r] ?? region.label).toUpperCase(), sx, sy - 14);
  });
}
