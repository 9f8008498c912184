// Actors as shapes coloured by kind; a scenario's new actors outlined, removed ones ghosted, changes marked.

import { NODE_STRIDE } from '../../core/layout/positions';
import { ADDED, CHANGED, REMOVED, SAME } from '../../core/scenario/overlay';
import { traceShape } from './draw-shape';
import { emphasis } from './emphasis';
import { ADDED_COLOUR, CHANGED_COLOUR, GREW_COLOUR, KIND_STYLES, REMOVED_COLOUR, SHRANK_COLOUR } from './palette';
import { toScreen, type Camera, type Scene } from './scene';
import { actorInView, type Viewport } from './viewport';

function drawActor(ctx: CanvasRenderingContext2D, scene: Scene, camera: Camera, i: number): void {
  const style = KIND_STYLES[scene.actors[i]!.kind];
  const [x, y] = toScreen(camera, scene.positions[i * NODE_STRIDE]!, scene.positions[i * NODE_STRIDE + 1]!);
  const r = Math.max(2, scene.radii[i]! * camera.k);
  const status = scene.actorStatus?.[i] ?? SAME;
  ctx.beginPath();
  traceShape(ctx, style.shape, x, y, r);
  if (status === REMOVED) {
    // A ghost: where the actor was, so the eye sees what the scenario took away.
    ctx.globalAlpha = 0.45;
    ctx.setLineDash([3, 3]);
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = REMOVED_COLOUR;
    ctx.stroke();
    ctx.setLineDash([]);
    return;
  }
  ctx.globalAlpha = emphasis(scene, i);
  ctx.fillStyle = style.colour;
  ctx.fill();
  ctx.lineWidth = status === SAME ? 1 : 2.5;
  ctx.strokeStyle = status === ADDED ? ADDED_COLOUR : status === CHANGED ? CHANGED_COLOUR : 'rgba(255,255,255,0.9)';
  ctx.stroke();
  const trend = scene.trend?.[i] ?? 0;
  if (trend !== 0) drawTrend(ctx, x + r + 2, y - r - 2, trend);
}

/** A small arrow beside an actor whose reach or betweenness moved: up green, down red. */
function drawTrend(ctx: CanvasRenderingContext2D, x: number, y: number, trend: number): void {
  ctx.globalAlpha = 1;
  ctx.beginPath();
  ctx.moveTo(x - 4, y + 2.5 * trend);
  ctx.lineTo(x + 4, y + 2.5 * trend);
  ctx.lineTo(x, y - 3.5 * trend);
  ctx.closePath();
  ctx.fillStyle = trend > 0 ? GREW_COLOUR : SHRANK_COLOUR;
  ctx.fill();
}

/** Above this many actors on screen their white outlines are left out: at that density they only blur. */
const OUTLINE_LIMIT = 1500;

export function drawActors(ctx: CanvasRenderingContext2D, scene: Scene, camera: Camera, view: Viewport): void {
  const shown: number[] = [];
  for (let i = 0; i < scene.actors.length; i++) if (scene.visible[i] && actorInView(view, scene, i)) shown.push(i);
  if (scene.steps || scene.actorStatus || scene.trend) for (const i of shown) drawActor(ctx, scene, camera, i);
  else drawByKind(ctx, scene, camera, shown, shown.length <= OUTLINE_LIMIT);
  ctx.globalAlpha = 1;
}

/** Plain frames (no selection, no scenario) fill one path per kind: thousands of actors in a dozen draw calls. */
function drawByKind(ctx: CanvasRenderingContext2D, scene: Scene, camera: Camera, shown: readonly number[], outlines: boolean): void {
  const byKind = new Map<string, number[]>();
  for (const i of shown) {
    const kind = scene.actors[i]!.kind;
    const list = byKind.get(kind);
    if (list) list.push(i);
    else byKind.set(kind, [i]);
  }
  ctx.globalAlpha = 1;
  for (const [kind, members] of byKind) {
    const style = KIND_STYLES[kind as keyof typeof KIND_STYLES];
    ctx.beginPath();
    for (const i of members) {
      const [x, y] = toScreen(camera, scene.positions[i * NODE_STRIDE]!, scene.positions[i * NODE_STRIDE + 1]!);
      traceShape(ctx, style.shape, x, y, Math.max(2, scene.radii[i]! * camera.k));
    }
    ctx.fillStyle = style.colour;
    ctx.fill();
    if (outlines) {
      ctx.lineWidth = 1;
      ctx.strokeStyle = 'rgba(255,255,255,0.9)';
      ctx.stroke();
    }
  }
}

