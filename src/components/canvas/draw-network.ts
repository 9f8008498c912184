// Paints one frame of the network: regions, ties, actors, rings and labels.

import { NODE_STRIDE } from '../../core/layout/positions';
import { drawLabels } from './draw-labels';
import { drawRegions } from './draw-regions';
import { traceShape } from './draw-shape';
import { ADDED, CHANGED, REMOVED, SAME, UNDATED } from '../../core/scenario/overlay';
import {
  ADDED_COLOUR, CHANGED_COLOUR, GREW_COLOUR, KIND_STYLES, REMOVED_COLOUR, SELECTION_COLOUR, SHRANK_COLOUR,
  TIE_COLOUR, TIE_COLOUR_LIT,
} from './palette';
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

/** Scenario ties: new ones dashed and dark, removed ones dashed and faint red. */
const STATUS_TIES = [
  { status: ADDED, colour: ADDED_COLOUR, alpha: 1, width: 2, dash: [6, 4] },
  { status: REMOVED, colour: REMOVED_COLOUR, alpha: 0.55, width: 1.2, dash: [3, 4] },
  { status: UNDATED, colour: TIE_COLOUR, alpha: 0.35, width: 1, dash: [2, 3] },
] as const;

function traceLinks(ctx: CanvasRenderingContext2D, scene: Scene, camera: Camera, keep: (e: number, s: number, t: number) => boolean): void {
  const { links, positions, visible } = scene;
  ctx.beginPath();
  for (let e = 0; e < links.length; e += 2) {
    const s = links[e]!;
    const t = links[e + 1]!;
    if (!visible[s] || !visible[t] || !keep(e / 2, s, t)) continue;
    const [x1, y1] = toScreen(camera, positions[s * NODE_STRIDE]!, positions[s * NODE_STRIDE + 1]!);
    const [x2, y2] = toScreen(camera, positions[t * NODE_STRIDE]!, positions[t * NODE_STRIDE + 1]!);
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
  }
  ctx.stroke();
}

function drawTies(ctx: CanvasRenderingContext2D, scene: Scene, camera: Camera): void {
  const base = Math.max(0.6, Math.min(1.6, camera.k));
  const status = (e: number) => scene.linkStatus?.[e] ?? SAME;
  for (const pass of TIE_PASSES) {
    ctx.strokeStyle = pass.colour;
    ctx.globalAlpha = pass.alpha;
    ctx.lineWidth = base * pass.width;
    traceLinks(ctx, scene, camera, (e, s, t) => status(e) === SAME && tieLevel(scene, s, t) === pass.level);
  }
  for (const pass of STATUS_TIES) {
    ctx.strokeStyle = pass.colour;
    ctx.globalAlpha = pass.alpha;
    ctx.lineWidth = base * pass.width;
    ctx.setLineDash(pass.dash);
    traceLinks(ctx, scene, camera, (e) => status(e) === pass.status);
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
}

function drawActor(ctx: CanvasRenderingContext2D, scene: Scene, camera: Camera, i: number): void {
  const style = KIND_STYLES[scene.actors[i]!.kind];
  const [x, y] = toScreen(camera, scene.positions[i * NODE_STRIDE]!, scene.positions[i * NODE_STRIDE + 1]!);
  const r = Math.max(2, scene.radii[i]! * camera.k);
  const status = scene.actorStatus?.[i] ?? SAME;
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

function drawActors(ctx: CanvasRenderingContext2D, scene: Scene, camera: Camera): void {
  for (let i = 0; i < scene.actors.length; i++) if (scene.visible[i]) drawActor(ctx, scene, camera, i);
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

export interface DrawOptions {
  /** Region names and actor labels; off for small pictures. */
  labels?: boolean;
}

export function drawNetwork(ctx: CanvasRenderingContext2D, scene: Scene, camera: Camera, width: number, height: number,
  { labels = true }: DrawOptions = {}): void {
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, width, height);
  if (labels) drawRegions(ctx, scene, camera);
  drawTies(ctx, scene, camera);
  drawActors(ctx, scene, camera);
  drawRing(ctx, scene, camera, scene.selected, SELECTION_COLOUR, []);
  drawRing(ctx, scene, camera, scene.focused, '#0b57d0', [4, 3]);
  if (labels) drawLabels(ctx, scene, camera, width, height);
}
