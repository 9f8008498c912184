// Paints one frame of the network: regions, ties, actors, rings and labels, skipping what is off screen.

import { NODE_STRIDE } from '../../core/layout/positions';
import { detailFor } from './detail';
import { drawActors } from './draw-actors';
import { drawLabels } from './draw-labels';
import { drawRegions } from './draw-regions';
import { drawTies } from './draw-ties';
import type { CanvasTheme } from './canvas-theme';
import { toScreen, type Camera, type Scene } from './scene';
import { viewportOf } from './viewport';

function drawRing(ctx: CanvasRenderingContext2D, scene: Scene, camera: Camera, i: number, colour: string, dash: number[]): void {
  if (i < 0 || !scene.visible[i]) return;
  const [x, y] = toScreen(camera, scene.positions[i * NODE_STRIDE]!, scene.positions[i * NODE_STRIDE + 1]!);
  ctx.beginPath();
  ctx.arc(x, y, Math.max(2, scene.radii[i]! * camera.k) + 4, 0, 2 * Math.PI);
  ctx.setLineDash(dash);
  ctx.lineWidth = 2.5;
  ctx.strokeStyle = colour;
  ctx.stroke();
  ctx.setLineDash([]);
}

export interface DrawOptions {
  /** Region names and actor labels; off for small pictures. */
  labels?: boolean;
  /** The picture is moving (drag, pan, zoom, layout): a big network is then drawn with less detail (see detail.ts). */
  moving?: boolean;
}

export function drawNetwork(ctx: CanvasRenderingContext2D, scene: Scene, camera: Camera, width: number, height: number,
  theme: Readonly<CanvasTheme>, { labels = true, moving = false }: DrawOptions = {}): void {
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, width, height);
  if (labels) drawRegions(ctx, scene, camera, theme);
  const view = viewportOf(camera, width, height);
  const detail = detailFor(scene, view, moving);
  drawTies(ctx, scene, camera, view, detail, theme);
  drawActors(ctx, scene, camera, view, detail, theme);
  drawRing(ctx, scene, camera, scene.selected, theme.selection, []);
  drawRing(ctx, scene, camera, scene.focused, theme.focus, [4, 3]);
  if (labels) drawLabels(ctx, scene, camera, width, height, theme, detail.labels === 'marked');
}
