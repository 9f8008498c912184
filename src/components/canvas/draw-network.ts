// Paints one frame of the network: regions, ties, actors, rings and labels.

import { NODE_STRIDE } from '../../core/layout/positions';
import { drawLabels } from './draw-labels';
import { drawRegions } from './draw-regions';
import { traceShape } from './draw-shape';
import { KIND_STYLES, SELECTION_COLOUR, TIE_COLOUR, TIE_COLOUR_LIT } from './palette';
import { toScreen, type Camera, type Scene } from './scene';

export const BACKGROUND = '#f7f8fa';

/** Faded actors and ties when a selection lights its neighbourhood. */
const DIMMED = 0.13;

function lit(scene: Scene, i: number): boolean {
  return !scene.steps || scene.steps[i]! >= 0;
}

function drawTies(ctx: CanvasRenderingContext2D, scene: Scene, camera: Camera): void {
  const { links, positions, visible } = scene;
  ctx.lineWidth = Math.max(0.6, Math.min(1.6, camera.k));
  for (const pass of [false, true]) {
    ctx.strokeStyle = pass ? TIE_COLOUR_LIT : TIE_COLOUR;
    ctx.globalAlpha = pass || !scene.steps ? 1 : DIMMED;
    ctx.beginPath();
    for (let e = 0; e < links.length; e += 2) {
      const s = links[e]!;
      const t = links[e + 1]!;
      if (!visible[s] || !visible[t]) continue;
      const isLit = scene.steps !== null && lit(scene, s) && lit(scene, t);
      if (isLit !== pass) continue;
      const [x1, y1] = toScreen(camera, positions[s * NODE_STRIDE]!, positions[s * NODE_STRIDE + 1]!);
      const [x2, y2] = toScreen(camera, positions[t * NODE_STRIDE]!, positions[t * NODE_STRIDE + 1]!);
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
    }
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

function drawActors(ctx: CanvasRenderingContext2D, scene: Scene, camera: Camera): void {
  const { actors, positions, radii, visible } = scene;
  for (let i = 0; i < actors.length; i++) {
    if (!visible[i]) continue;
    const style = KIND_STYLES[actors[i]!.kind];
    const [x, y] = toScreen(camera, positions[i * NODE_STRIDE]!, positions[i * NODE_STRIDE + 1]!);
    const r = Math.max(2, radii[i]! * camera.k);
    ctx.globalAlpha = lit(scene, i) ? 1 : DIMMED;
    traceShape(ctx, style.shape, x, y, r);
    ctx.fillStyle = style.colour;
    ctx.fill();
    ctx.lineWidth = 1;
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

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

export function drawNetwork(ctx: CanvasRenderingContext2D, scene: Scene, camera: Camera, width: number, height: number): void {
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, width, height);
  drawRegions(ctx, scene, camera);
  drawTies(ctx, scene, camera);
  drawActors(ctx, scene, camera);
  drawRing(ctx, scene, camera, scene.selected, SELECTION_COLOUR, []);
  drawRing(ctx, scene, camera, scene.focused, '#0b57d0', [4, 3]);
  drawLabels(ctx, scene, camera, width, height);
}
