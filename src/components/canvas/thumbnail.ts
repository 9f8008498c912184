// A still picture of any scenario: actors where the live map has them, new ones beside their ties.

import { initialPositions } from '../../core/layout/initial-positions';
import { layoutInputOf } from '../../core/layout/layout-input';
import { NODE_STRIDE } from '../../core/layout/positions';
import { lcg } from '../../core/layout/random';
import type { Network } from '../../core/model/types';
import { overlayStatuses } from '../../core/scenario/link-status';
import { overlayScenario } from '../../core/scenario/overlay';
import type { CanvasTheme } from './canvas-theme';
import { drawNetwork } from './draw-network';
import { fitCamera } from './fit';
import type { Scene } from './scene';

export function thumbnailScene(reference: Network, network: Network, placed: ReadonlyMap<string, readonly [number, number]>, seed: number): Scene {
  const overlay = overlayScenario(reference, network);
  const input = layoutInputOf(overlay.network);
  const points = initialPositions(input, lcg(seed), placed);
  const positions = new Float32Array(points.length * NODE_STRIDE);
  points.forEach((p, i) => {
    positions[i * NODE_STRIDE] = p.x;
    positions[i * NODE_STRIDE + 1] = p.y;
  });
  const statuses = overlayStatuses(input, overlay);
  return {
    actors: overlay.network.actors, radii: input.radii, links: input.links, positions,
    visible: new Uint8Array(points.length).fill(1), steps: null, selected: -1, hovered: -1, focused: -1,
    actorStatus: statuses.actors, linkStatus: statuses.links, trend: null,
  };
}

/** Paints a scene whole into a canvas of the given CSS size. */
export function paintStill(canvas: HTMLCanvasElement, scene: Scene, width: number, height: number, theme: Readonly<CanvasTheme>): void {
  const dpr = globalThis.devicePixelRatio || 1;
  canvas.width = Math.round(width * dpr);
  canvas.height = Math.round(height * dpr);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  drawNetwork(ctx, scene, fitCamera(scene.positions, scene.visible, width, height, 10), width, height, theme, { labels: false });
}
