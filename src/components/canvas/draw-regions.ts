// Quiet country names behind each cluster (quiet by weight and colour, yet 4.5:1 as text must be), placed at the centre of the actors that belong to it.

import { NODE_STRIDE } from '../../core/layout/positions';
import { regionIndex, REGIONS } from '../../core/layout/regions';
import type { CanvasTheme } from './canvas-theme';
import { placeLabels } from './place-labels';
import { toScreen, type Camera, type Scene } from './scene';

const LINE_HEIGHT = 19;
/** Room left at the top of the map for its toolbar: a name lifted clear of another does not go under it. */
const TOP_CLEAR = 56;

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
  // Countries whose actors are mixed (an imported directory) have nearby centres: their names must not print over each other.
  const labels = REGIONS.flatMap((region, r) => {
    if (count[r] === 0) return [];
    const [x, y] = toScreen(camera, sumX[r]! / count[r]!, top[r]!);
    const text = (scene.regionLabels?.[r] ?? region.label).toUpperCase();
    return [{ text, x, y: y - 14, width: ctx.measureText(text).width, height: LINE_HEIGHT }];
  });
  placeLabels(labels, TOP_CLEAR).forEach((y, i) => ctx.fillText(labels[i]!.text, labels[i]!.x, y));
}
