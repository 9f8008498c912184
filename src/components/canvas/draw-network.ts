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
/** Actors two or more steps from the selection: lit, but quieter than its direct ties. */
const FAR = 0.6;

/** How strongly an actor shows: 1 without a selection or next to it, less further out, faint beyond k. */
function emphasis(scene: Scene, i: number): number {
  if (!scene.steps) return 1;
  const steps = scene.steps[i]!;
  return steps < 0 ? DIMMED : steps <= 1 ? 1 : FAR;
}

/** 0: faded, 1: inside the neighbourhood, 2: a tie of the selected actor itself. */
function tieLevel(scene: Scene, s: number, t: number): number {
  if (!scene.steps) return 1;
  const a = scene.steps[s]!;
  const b = scene.steps[t]!;
  if (a < 0 || b < 0) return 0;
  return a === 0 || b === 0 ? 2 : 1;
}

const TIE_PASSES = [
  { level: 0, colour: TIE_COLOUR, alpha: DIMMED, width: 1 },
  { level: 1, colour: TIE_COLOUR, alpha: 1, width: 1 },
  { level: 2, colour: TIE_COLOUR_LIT, alpha: 1, width: 2 },
] as const;

function drawTies(ctx: CanvasRenderingContext2D, scene: Scene, camera: Camera): void {
  const { links, positions, visible } = scene;
  const base = Math.max(0.6, Math.min(1.6, camera.k));
  for (const pass of TIE_PASSES) {
    ctx.strokeStyle = pass.colour;
    ctx.globalAlpha = pass.alpha;
    ctx.lineWidth = base * pass.width;
    ctx.beginPath();
    for (let e = 0; e < links.length; e += 2) {
      const s = links[e]!;
      const t = links[e + 1]!;
      if (!visible[s] || !visible[t] || tieLevel(scene, s, t) !== pass.level) continue;
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
    ctx.globalAlpha = emphasis(scene, i);
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
