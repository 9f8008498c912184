// Ties as lines: faded, lit or the selected actor's own; a scenario's new ties dashed, removed ones ghosted.

import { NODE_STRIDE } from '../../core/layout/positions';
import { ADDED, REMOVED, SAME, UNDATED } from '../../core/scenario/overlay';
import type { Detail } from './detail';
import { DIMMED, tieLevel } from './emphasis';
import type { CanvasTheme } from './canvas-theme';
import { toScreen, type Camera, type Scene } from './scene';
import { outside, type Viewport } from './viewport';

/** `colour` names the theme's colour for the pass. */
const TIE_PASSES = [
  { level: 0, colour: 'tie', alpha: DIMMED, width: 1 },
  { level: 1, colour: 'tie', alpha: 1, width: 1 },
  { level: 2, colour: 'tieLit', alpha: 1, width: 2 },
] as const;

/** Scenario ties: new ones dashed in the strongest colour the theme has, removed ones dashed and faint red. */
const STATUS_TIES = [
  { status: ADDED, colour: 'added', alpha: 1, width: 2, dash: [6, 4] },
  { status: REMOVED, colour: 'removed', alpha: 0.55, width: 1.2, dash: [3, 4] },
  { status: UNDATED, colour: 'tie', alpha: 0.35, width: 1, dash: [2, 3] },
] as const;

/**
 * Which pass draws each tie on screen, found in one sweep of the links (not one per pass, which at
 * tens of thousands of ties costs more than the drawing): 0-2 are TIE_PASSES, 3-5 STATUS_TIES.
 */
function sortIntoPasses(scene: Scene, view: Viewport): number[][] {
  const { links, positions, visible, linkStatus } = scene;
  const passes: number[][] = [[], [], [], [], [], []];
  for (let e = 0; e < links.length; e += 2) {
    const s = links[e]!;
    const t = links[e + 1]!;
    if (!visible[s] || !visible[t] || outside(view, positions, s, t)) continue;
    const status = linkStatus?.[e / 2] ?? SAME;
    if (status === SAME) {
      passes[tieLevel(scene, s, t)]!.push(s, t);
      continue;
    }
    const marked = STATUS_TIES.findIndex((p) => p.status === status);
    if (marked >= 0) passes[3 + marked]!.push(s, t);
  }
  return passes;
}

function traceLinks(ctx: CanvasRenderingContext2D, scene: Scene, camera: Camera, ends: readonly number[]): void {
  const { positions } = scene;
  ctx.beginPath();
  for (let e = 0; e < ends.length; e += 2) {
    const [x1, y1] = toScreen(camera, positions[ends[e]! * NODE_STRIDE]!, positions[ends[e]! * NODE_STRIDE + 1]!);
    const [x2, y2] = toScreen(camera, positions[ends[e + 1]! * NODE_STRIDE]!, positions[ends[e + 1]! * NODE_STRIDE + 1]!);
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
  }
  ctx.stroke();
}

export function drawTies(ctx: CanvasRenderingContext2D, scene: Scene, camera: Camera, view: Viewport, detail: Detail,
  theme: Readonly<CanvasTheme>): void {
  // Thinner when zoomed out, and hairlines for thousands of ties, so the picture stays readable.
  const base = Math.max(scene.links.length > 8000 ? 0.35 : 0.6, Math.min(1.6, camera.k));
  const passes = sortIntoPasses(scene, view);
  TIE_PASSES.forEach((pass, p) => {
    ctx.strokeStyle = theme[pass.colour];
    ctx.globalAlpha = pass.alpha;
    ctx.lineWidth = Math.min(base * pass.width, pass.level === 2 ? detail.litTieWidth : detail.tieWidth);
    traceLinks(ctx, scene, camera, passes[p]!);
  });
  STATUS_TIES.forEach((pass, p) => {
    ctx.strokeStyle = theme[pass.colour];
    ctx.globalAlpha = pass.alpha;
    // Undated ties can be most of a network; added and removed ones are the few a scenario changed.
    ctx.lineWidth = Math.min(base * pass.width, pass.status === UNDATED ? detail.tieWidth : detail.litTieWidth);
    ctx.setLineDash(pass.dash);
    traceLinks(ctx, scene, camera, passes[3 + p]!);
  });
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
}
