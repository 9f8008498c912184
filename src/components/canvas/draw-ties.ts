// Ties as lines: faded, lit or the selected actor's own; a scenario's new ties dashed, removed ones ghosted.

import { NODE_STRIDE } from '../../core/layout/positions';
import { ADDED, REMOVED, SAME, UNDATED } from '../../core/scenario/overlay';
import { DIMMED, tieLevel } from './emphasis';
import { ADDED_COLOUR, REMOVED_COLOUR, TIE_COLOUR, TIE_COLOUR_LIT } from './palette';
import { toScreen, type Camera, type Scene } from './scene';
import { outside, type Viewport } from './viewport';

const TIE_PASSES = [
  { level: 0, colour: TIE_COLOUR, alpha: DIMMED, width: 1 },
  { level: 1, colour: TIE_COLOUR, alpha: 1, width: 1 },
  { level: 2, colour: TIE_COLOUR_LIT, alpha: 1, width: 2 },
] as const;

/** Scenario ties: new ones dashed and dark, removed ones dashed and faint red. */
const STATUS_TIES = [
  { status: ADDED, colour: ADDED_COLOUR, alpha: 1, width: 2, dash: [6, 4] },
  { status: REMOVED, colour: REMOVED_COLOUR, alpha: 0.55, width: 1.2, dash: [3, 4] },
  { status: UNDATED, colour: TIE_COLOUR, alpha: 0.35, width: 1, dash: [2, 3] },
] as const;

function traceLinks(ctx: CanvasRenderingContext2D, scene: Scene, camera: Camera, view: Viewport,
  keep: (e: number, s: number, t: number) => boolean): void {
  const { links, positions, visible } = scene;
  ctx.beginPath();
  for (let e = 0; e < links.length; e += 2) {
    const s = links[e]!;
    const t = links[e + 1]!;
    if (!visible[s] || !visible[t] || !keep(e / 2, s, t)) continue;
    if (outside(view, positions, s, t)) continue;
    const [x1, y1] = toScreen(camera, positions[s * NODE_STRIDE]!, positions[s * NODE_STRIDE + 1]!);
    const [x2, y2] = toScreen(camera, positions[t * NODE_STRIDE]!, positions[t * NODE_STRIDE + 1]!);
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
  }
  ctx.stroke();
}

export function drawTies(ctx: CanvasRenderingContext2D, scene: Scene, camera: Camera, view: Viewport): void {
  // Thinner when zoomed out, and hairlines for thousands of ties, so the picture stays readable.
  const base = Math.max(scene.links.length > 8000 ? 0.35 : 0.6, Math.min(1.6, camera.k));
  const status = (e: number) => scene.linkStatus?.[e] ?? SAME;
  for (const pass of TIE_PASSES) {
    ctx.strokeStyle = pass.colour;
    ctx.globalAlpha = pass.alpha;
    ctx.lineWidth = base * pass.width;
    traceLinks(ctx, scene, camera, view, (e, s, t) => status(e) === SAME && tieLevel(scene, s, t) === pass.level);
  }
  for (const pass of STATUS_TIES) {
    ctx.strokeStyle = pass.colour;
    ctx.globalAlpha = pass.alpha;
    ctx.lineWidth = base * pass.width;
    ctx.setLineDash(pass.dash);
    traceLinks(ctx, scene, camera, view, (e) => status(e) === pass.status);
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
}

