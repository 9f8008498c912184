import { describe, expect, it } from 'vitest';
import { detailFor, FULL_DETAIL } from '../../../src/components/canvas/detail';
import { LIGHT_CANVAS } from '../../../src/components/canvas/canvas-theme';
import { drawNetwork } from '../../../src/components/canvas/draw-network';
import type { Camera, Scene } from '../../../src/components/canvas/scene';
import { SvgContext } from '../../../src/components/canvas/svg-context';
import { viewportOf } from '../../../src/components/canvas/viewport';
import { stepsFrom } from '../../../src/core/graph/steps-from';
import { buildGraphIndex } from '../../../src/core/graph/build-graph-index';
import { layoutInputOf } from '../../../src/core/layout/layout-input';
import { generateNetwork } from '../../../src/core/model/generate-network';
import type { Network } from '../../../src/core/model/types';
import { smallNetwork } from '../../fixtures/load';

/** The network on a grid 10 units apart, 50 to a row, nothing selected. */
function scene(network: Network): Scene {
  const input = layoutInputOf(network);
  const n = network.actors.length;
  return {
    actors: network.actors, radii: input.radii, links: input.links,
    positions: Float32Array.from({ length: 2 * n }, (_, i) => (i % 2 ? Math.floor(i / 100) * 10 : ((i / 2) % 50) * 10)),
    visible: new Uint8Array(n).fill(1), steps: null, selected: -1, hovered: -1, focused: -1,
    actorStatus: null, linkStatus: null, trend: null,
  };
}

const whole: Camera = { x: 20, y: 20, k: 1 };
const big = generateNetwork(2000, 2);

function draw(s: Scene, camera: Camera, moving: boolean): string {
  const svg = new SvgContext(1000, 800);
  drawNetwork(svg as unknown as CanvasRenderingContext2D, s, camera, 1000, 800, LIGHT_CANVAS, { moving });
  return svg.toString();
}
/** Widths of the ties drawn (plain and lit), not of rings or label halos. */
const widths = (svg: string) => [...svg.matchAll(/stroke="rgba\((?:90, 100, 120|40, 50, 70), [\d.]+\)" stroke-width="([\d.]+)"/g)].map((m) => Number(m[1]));

describe('detailFor', () => {
  it('detailFor gives a small network full detail, moving or not', () => {
    const small = scene(smallNetwork());
    for (const moving of [false, true]) expect(detailFor(small, viewportOf(whole, 1000, 800), moving)).toEqual(FULL_DETAIL);
  });

  it('detailFor gives a big network in motion one-pixel ties, no outlines and only the marked actors\' labels', () => {
    expect(detailFor(scene(big), viewportOf(whole, 1000, 800), true)).toEqual({ labels: 'marked', outlines: false, rims: false, tieWidth: 1, litTieWidth: 1 });
  });

  it('detailFor gives a big network at rest its labels back, and the selected actor\'s ties their width', () => {
    expect(detailFor(scene(big), viewportOf(whole, 1000, 800), false)).toEqual({ labels: 'all', outlines: false, rims: true, tieWidth: 1, litTieWidth: 2 });
  });

  it('detailFor counts only what is on screen: a view beside a big network gets full detail', () => {
    expect(detailFor(scene(big), viewportOf({ x: 5000, y: 0, k: 1 }, 1000, 800), true)).toEqual(FULL_DETAIL);
  });
});

describe('drawNetwork at scale', () => {
  it('drawNetwork fills a big network\'s actors in a few batched paths, a selection\'s faded ones too', () => {
    const s = scene(big);
    const steps = stepsFrom(buildGraphIndex(big), 0, 2);
    const svg = draw({ ...s, steps, selected: 0 }, whole, true);
    const fills = svg.match(/<path d="[^"]*" fill="#/g) ?? [];
    // 15 kinds in at most three strengths (faded, far, near), not one path per actor.
    expect(fills.length).toBeLessThanOrEqual(45);
    expect(fills.length).toBeGreaterThan(3);
  });

  it('drawNetwork draws a big network\'s ties at most one pixel wide while it moves', () => {
    const s = { ...scene(big), steps: stepsFrom(buildGraphIndex(big), 0, 2), selected: 0 };
    expect(Math.max(...widths(draw(s, { ...whole, k: 1.6 }, true)))).toBeLessThanOrEqual(1);
    expect(Math.max(...widths(draw(s, { ...whole, k: 1.6 }, false)))).toBeGreaterThan(1);
  });

  it('drawNetwork labels only the selected actor of a big network in motion', () => {
    const s = { ...scene(big), steps: stepsFrom(buildGraphIndex(big), 0, 2), selected: 0 };
    const labels = (svg: string) => [...svg.matchAll(/<text[^>]*fill="#1d2230"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(labels(draw(s, { x: 200, y: 200, k: 2 }, true))).toEqual([big.actors[0]!.name]);
    expect(labels(draw(s, { x: 200, y: 200, k: 2 }, false)).length).toBeGreaterThan(5);
  });

  it('drawNetwork keeps the contrast rims of a dense picture at rest, not its plain outlines, and sheds both in motion', () => {
    const s = scene(big);
    const strokes = (svg: string) => new Set([...svg.matchAll(/<path d="[^"]*" fill="none" stroke="([^"]+)"/g)].map((m) => m[1]!));
    const rims = Object.values(LIGHT_CANVAS.rims);
    const still = strokes(draw(s, whole, false));
    expect(rims.filter((rim) => still.has(rim)).length).toBeGreaterThan(0);
    expect(still.has(LIGHT_CANVAS.outline)).toBe(false);
    const moving = strokes(draw(s, whole, true));
    expect(rims.some((rim) => moving.has(rim)) || moving.has(LIGHT_CANVAS.outline)).toBe(false);
  });

  it('drawNetwork leaves out actors and ties off screen', () => {
    const s = scene(big);
    expect(draw(s, whole, false)).toContain('<path');
    // The same network, the camera looking at empty space beside it: nothing but the background and region names.
    expect(draw(s, { x: 5000, y: 0, k: 1 }, false)).not.toContain('<path');
  });
});
