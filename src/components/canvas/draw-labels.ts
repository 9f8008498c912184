// Actor labels: the larger actors always, all of them once zoomed in, never two on top of each other.

import { NODE_STRIDE } from '../../core/layout/positions';
import type { CanvasTheme } from './canvas-theme';
import { toScreen, type Camera, type Scene } from './scene';
import { actorInView, viewportOf } from './viewport';

const FONT = '12px system-ui, sans-serif';
const FONT_BOLD = '600 13px system-ui, sans-serif';

/** An actor this big on screen (in pixels) is labelled even when zoomed out. */
const ALWAYS_LABEL_RADIUS = 9;

function wantsLabel(scene: Scene, camera: Camera, i: number): boolean {
  if (i === scene.selected || i === scene.hovered || i === scene.focused) return true;
  if (scene.steps && scene.steps[i] === 1) return true;
  return scene.radii[i]! * camera.k >= ALWAYS_LABEL_RADIUS || camera.k >= 1.8;
}

/** At most this many labels are tried per frame: more would not fit on a screen anyway. */
const MAX_LABELS = 250;

/** `markedOnly`: just the selected, hovered and focused actors' labels, for a big picture in motion. */
export function drawLabels(ctx: CanvasRenderingContext2D, scene: Scene, camera: Camera, width: number, height: number,
  theme: Readonly<CanvasTheme>, markedOnly = false): void {
  const view = viewportOf(camera, width, height, 0);
  const candidates: number[] = [];
  const marked = [scene.selected, scene.hovered, scene.focused].filter((i, at, all) => i >= 0 && all.indexOf(i) === at);
  for (const i of markedOnly ? marked : scene.actors.keys()) {
    if (scene.visible[i] && (!scene.steps || scene.steps[i]! >= 0 || i === scene.hovered) && wantsLabel(scene, camera, i)
      && actorInView(view, scene, i)) {
      candidates.push(i);
    }
  }
  // The selected, hovered and biggest actors claim their space first.
  const priority = (i: number) => (i === scene.selected || i === scene.hovered || i === scene.focused ? 1e6 : scene.radii[i]!);
  candidates.sort((a, b) => priority(b) - priority(a));
  candidates.length = Math.min(candidates.length, MAX_LABELS);

  const taken: [number, number, number, number][] = [];
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.lineJoin = 'round';
  for (const i of candidates) {
    const actor = scene.actors[i]!;
    const [sx, sy] = toScreen(camera, scene.positions[i * NODE_STRIDE]!, scene.positions[i * NODE_STRIDE + 1]!);
    const r = scene.radii[i]! * camera.k;
    const strong = i === scene.selected || i === scene.hovered;
    const text = strong || camera.k >= 1.8 ? actor.name : (actor.short ?? shortened(actor.name));
    ctx.font = strong ? FONT_BOLD : FONT;
    const w = ctx.measureText(text).width;
    const box: [number, number, number, number] = [sx - w / 2 - 2, sy + r + 2, w + 4, 16];
    if (box[0] > width || box[0] + box[2] < 0 || box[1] > height || box[1] + box[3] < 0) continue;
    if (!strong && taken.some((t) => overlaps(t, box))) continue;
    taken.push(box);
    ctx.lineWidth = 3;
    ctx.strokeStyle = theme.labelHalo;
    ctx.strokeText(text, sx, sy + r + 3);
    ctx.fillStyle = theme.label;
    ctx.fillText(text, sx, sy + r + 3);
  }
}

function overlaps(a: readonly number[], b: readonly number[]): boolean {
  return a[0]! < b[0]! + b[2]! && b[0]! < a[0]! + a[2]! && a[1]! < b[1]! + b[3]! && b[1]! < a[1]! + a[3]!;
}

/** Zoomed out, a long name without an acronym is cut to its first words. */
function shortened(name: string, max = 26): string {
  if (name.length <= max) return name;
  const cut = name.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 12)).trim()}…`;
}
