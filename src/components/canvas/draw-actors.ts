// Actors as shapes coloured by kind; a scenario's new actors outlined, removed ones ghosted, changes marked.

import { NODE_STRIDE } from '../../core/layout/positions';
import type { ActorKind } from '../../core/model/types';
import { ADDED, CHANGED, REMOVED, SAME } from '../../core/scenario/overlay';
import type { Detail } from './detail';
import { traceShape } from './draw-shape';
import { emphasis } from './emphasis';
import type { CanvasTheme } from './canvas-theme';
import { KIND_STYLES } from './palette';
import { toScreen, type Camera, type Scene } from './scene';
import { actorInView, type Viewport } from './viewport';

/** A kind's rim is drawn thicker than the plain outline: it is what the eye needs to find a pale or dark shape. */
const OUTLINE_WIDTH = 1;
const RIM_WIDTH = 1.5;

function drawActor(ctx: CanvasRenderingContext2D, scene: Scene, camera: Camera, i: number, theme: Readonly<CanvasTheme>): void {
  const kind = scene.actors[i]!.kind;
  const style = KIND_STYLES[kind];
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
    ctx.strokeStyle = theme.removed;
    ctx.stroke();
    ctx.setLineDash([]);
    return;
  }
  ctx.globalAlpha = emphasis(scene, i);
  ctx.fillStyle = style.colour;
  ctx.fill();
  const rim = theme.rims[kind];
  ctx.lineWidth = status !== SAME ? 2.5 : rim ? RIM_WIDTH : OUTLINE_WIDTH;
  ctx.strokeStyle = status === ADDED ? theme.added : status === CHANGED ? theme.changed : (rim ?? theme.outline);
  ctx.stroke();
  const trend = scene.trend?.[i] ?? 0;
  if (trend !== 0) drawTrend(ctx, x + r + 2, y - r - 2, trend, theme);
}

/** A small arrow beside an actor whose reach or betweenness moved: up green, down red. */
function drawTrend(ctx: CanvasRenderingContext2D, x: number, y: number, trend: number, theme: Readonly<CanvasTheme>): void {
  ctx.globalAlpha = 1;
  ctx.beginPath();
  ctx.moveTo(x - 4, y + 2.5 * trend);
  ctx.lineTo(x + 4, y + 2.5 * trend);
  ctx.lineTo(x, y - 3.5 * trend);
  ctx.closePath();
  ctx.fillStyle = trend > 0 ? theme.grew : theme.shrank;
  ctx.fill();
}

export function drawActors(ctx: CanvasRenderingContext2D, scene: Scene, camera: Camera, view: Viewport, detail: Detail,
  theme: Readonly<CanvasTheme>): void {
  // Most actors are plain (unchanged by a scenario, no trend): they are filled in a few batched paths;
  // the marked ones are drawn one by one on top, where the eye should find them.
  const plain: number[] = [];
  const marked: number[] = [];
  for (let i = 0; i < scene.actors.length; i++) {
    if (!scene.visible[i] || !actorInView(view, scene, i)) continue;
    const status = scene.actorStatus?.[i] ?? SAME;
    (status === SAME && !scene.trend?.[i] ? plain : marked).push(i);
  }
  drawBatched(ctx, scene, camera, plain, detail, theme);
  for (const i of marked) drawActor(ctx, scene, camera, i, theme);
  ctx.globalAlpha = 1;
}

/**
 * One path per kind and emphasis, faded ones first: thousands of actors in a few dozen draw calls
 * instead of a fill and a stroke each, which is what keeps a big network's frames quick.
 */
function drawBatched(ctx: CanvasRenderingContext2D, scene: Scene, camera: Camera, shown: readonly number[], detail: Detail,
  theme: Readonly<CanvasTheme>): void {
  const groups = new Map<string, { kind: ActorKind; alpha: number; members: number[] }>();
  for (const i of shown) {
    const kind = scene.actors[i]!.kind;
    const alpha = emphasis(scene, i);
    const key = `${alpha} ${kind}`;
    const group = groups.get(key);
    if (group) group.members.push(i);
    else groups.set(key, { kind, alpha, members: [i] });
  }
  for (const { kind, alpha, members } of [...groups.values()].sort((a, b) => a.alpha - b.alpha)) {
    const style = KIND_STYLES[kind];
    ctx.globalAlpha = alpha;
    ctx.beginPath();
    for (const i of members) {
      const [x, y] = toScreen(camera, scene.positions[i * NODE_STRIDE]!, scene.positions[i * NODE_STRIDE + 1]!);
      traceShape(ctx, style.shape, x, y, Math.max(2, scene.radii[i]! * camera.k));
    }
    ctx.fillStyle = style.colour;
    ctx.fill();
    const rim = theme.rims[kind];
    if (rim ? detail.rims : detail.outlines) {
      ctx.lineWidth = rim ? RIM_WIDTH : OUTLINE_WIDTH;
      ctx.strokeStyle = rim ?? theme.outline;
      ctx.stroke();
    }
  }
}
