import { describe, expect, it } from 'vitest';
import { DARK_CANVAS, LIGHT_CANVAS, type CanvasTheme } from '../../../src/components/canvas/canvas-theme';
import { pictureSvg } from '../../../src/components/canvas/picture';
import type { Scene } from '../../../src/components/canvas/scene';
import { REGIONS } from '../../../src/core/layout/regions';
import { layoutInputOf } from '../../../src/core/layout/layout-input';
import { contrast, over, parseColour } from '../contrast';
import { smallNetwork } from '../../fixtures/load';

/** Every label the map draws, read from the real drawing code through the SVG recorder: text, colour and opacity. */
function labels(theme: CanvasTheme): { text: string; colour: string; opacity: number }[] {
  const network = smallNetwork();
  const input = layoutInputOf(network);
  const n = network.actors.length;
  const scene: Scene = {
    actors: network.actors, radii: input.radii, links: input.links,
    positions: Float32Array.from({ length: 2 * n }, (_, i) => (i % 2 ? 60 + 40 * (i % 3) : 45 * i)),
    visible: new Uint8Array(n).fill(1), steps: null, selected: 1, hovered: 2, focused: 3,
    actorStatus: null, linkStatus: null, trend: null,
  };
  // Zoomed in, so that every actor is labelled, not only the larger ones.
  const svg = pictureSvg({ scene, camera: { x: 20, y: 40, k: 2 }, width: 1600, height: 600 }, theme);
  return [...svg.matchAll(/<text [^>]*?fill="([^"]+)"[^>]*?(?: opacity="([\d.]+)")?>([^<]*)<\/text>/g)]
    .filter((m) => m[1] !== 'none')
    .map((m) => ({ colour: m[1]!, opacity: Number(m[2] ?? 1), text: m[3]! }));
}

const regionNames = new Set(REGIONS.map((r) => r.label.toUpperCase()));
const ratio = (label: { colour: string; opacity: number }, background: string) =>
  contrast(over(label.colour, background, label.opacity), parseColour(background).rgb);

describe('contrast', () => {
  it('contrast is computed as WCAG 2 defines it', () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrast(over('#777777', '#ffffff'), [255, 255, 255])).toBeCloseTo(4.48, 2);
    expect(over('rgba(0, 0, 0, 0.5)', '#ffffff')).toEqual([127.5, 127.5, 127.5]);
  });
});

describe.each([['light', LIGHT_CANVAS], ['dark', DARK_CANVAS]] as const)('the map\'s labels against its %s background', (_, theme) => {
  const { background } = theme;

  it('actor labels reach WCAG AA for text, 4.5:1', () => {
    const names = labels(theme).filter((l) => !regionNames.has(l.text));
    expect(names.length).toBeGreaterThanOrEqual(8);
    for (const label of names) expect(ratio(label, background), `${label.text} in ${label.colour}`).toBeGreaterThanOrEqual(4.5);
  });

  it('country names reach WCAG AA for text, 4.5:1', () => {
    const regions = labels(theme).filter((l) => regionNames.has(l.text));
    expect(regions.length).toBeGreaterThan(0);
    for (const label of regions) expect(ratio(label, background), `${label.text} in ${label.colour}`).toBeGreaterThanOrEqual(4.5);
  });

  it('actor labels keep 4.5:1 where a lit tie runs under them, on their halo', () => {
    const rgb = (c: readonly number[]) => `rgb(${c.join(', ')})`;
    const onHalo = rgb(over(theme.labelHalo, rgb(over(theme.tieLit, background))));
    for (const label of labels(theme).filter((l) => !regionNames.has(l.text))) {
      expect(ratio(label, onHalo), label.text).toBeGreaterThanOrEqual(4.5);
    }
  });
});
