import { describe, expect, it } from 'vitest';
import { DARK_CANVAS, LIGHT_CANVAS, type CanvasTheme } from '../../../src/components/canvas/canvas-theme';
import { KIND_STYLES } from '../../../src/components/canvas/palette';
import { pictureSvg } from '../../../src/components/canvas/picture';
import type { Scene } from '../../../src/components/canvas/scene';
import { ACTOR_KINDS, type Actor } from '../../../src/core/model/types';
import { contrast, over, parseColour } from '../contrast';

/** WCAG 1.4.11: the shapes and marks one needs to read the map, 3:1 against what is next to them. */
const GRAPHIC = 3;

/** One actor of every kind in a row, drawn by the real drawing code: each kind's fill, and the stroke around it. */
function symbols(theme: CanvasTheme): Map<string, { fill: string; stroke: string | null; width: number }> {
  const actors = ACTOR_KINDS.map((kind, i) => ({ id: `a${i}`, name: kind, kind, country: 'Kosovo', level: 'national' }) as Actor);
  const n = actors.length;
  const scene: Scene = {
    actors, radii: new Float32Array(n).fill(8), links: new Uint32Array(0),
    positions: Float32Array.from({ length: 2 * n }, (_, i) => (i % 2 ? 50 : 40 * (i / 2) + 20)),
    visible: new Uint8Array(n).fill(1), steps: null, selected: -1, hovered: -1, focused: -1,
    actorStatus: null, linkStatus: null, trend: null,
  };
  const svg = pictureSvg({ scene, camera: { x: 0, y: 0, k: 1 }, width: 40 * n + 40, height: 100 }, theme);
  const paths = [...svg.matchAll(/<path d="([^"]+)" fill="([^"]+)"(?: stroke="([^"]+)" stroke-width="([\d.]+)")?/g)];
  const drawn = new Map<string, { fill: string; stroke: string | null; width: number }>();
  for (const [, d, fill] of paths.filter((p) => p[2] !== 'none')) {
    const stroke = paths.find((p) => p[1] === d && p[2] === 'none');
    drawn.set(fill!, { fill: fill!, stroke: stroke?.[3] ?? null, width: Number(stroke?.[4] ?? 0) });
  }
  return drawn;
}

const ratio = (colour: string, background: string) => contrast(over(colour, background), parseColour(background).rgb);

describe.each([['light', LIGHT_CANVAS], ['dark', DARK_CANVAS]] as const)('the map\'s symbols against its %s background', (_, theme) => {
  const { background } = theme;

  it('every kind of actor reaches 3:1 by its colour or by the rim drawn around it', () => {
    const drawn = symbols(theme);
    for (const kind of ACTOR_KINDS) {
      const symbol = drawn.get(KIND_STYLES[kind].colour);
      expect(symbol, kind).toBeDefined();
      const fill = ratio(symbol!.fill, background);
      if (fill >= GRAPHIC) continue;
      expect(symbol!.stroke, `${kind} (${fill.toFixed(2)}:1) has no rim`).not.toBeNull();
      expect(symbol!.width, kind).toBeGreaterThanOrEqual(1.5);
      expect(ratio(symbol!.stroke!, background), `${kind}'s rim ${symbol!.stroke}`).toBeGreaterThanOrEqual(GRAPHIC);
    }
  });

  it('the selection and focus rings, lit ties and scenario marks reach 3:1', () => {
    const marks = { selection: theme.selection, focus: theme.focus, tieLit: theme.tieLit, added: theme.added,
      changed: theme.changed, removed: theme.removed, grew: theme.grew, shrank: theme.shrank };
    for (const [name, colour] of Object.entries(marks)) expect(ratio(colour, background), `${name} ${colour}`).toBeGreaterThanOrEqual(GRAPHIC);
  });
});
