import { describe, expect, it } from 'vitest';
import { pictureSvg } from '../../../src/components/canvas/picture';
import type { Scene } from '../../../src/components/canvas/scene';
import { layoutInputOf } from '../../../src/core/layout/layout-input';
import { smallNetwork } from '../../fixtures/load';

function scene(names: Record<string, string> = {}): Scene {
  const network = smallNetwork();
  for (const actor of network.actors) if (names[actor.id]) actor.name = names[actor.id]!;
  const input = layoutInputOf(network);
  const n = network.actors.length;
  return {
    actors: network.actors, radii: input.radii, links: input.links,
    positions: Float32Array.from({ length: 2 * n }, (_, i) => (i % 2 ? 40 : 30 * i)),
    visible: new Uint8Array(n).fill(1), steps: null, selected: 1, hovered: -1, focused: -1,
    actorStatus: null, linkStatus: null, trend: null,
  };
}

describe('pictureSvg', () => {
  it('pictureSvg draws every actor and every tie of the view as SVG paths', () => {
    const s = scene();
    const svg = pictureSvg({ scene: s, camera: { x: 0, y: 0, k: 1 }, width: 800, height: 300 });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="300"')).toBe(true);
    const filled = svg.match(/<path d="[^"]*" fill="#/g) ?? [];
    expect(filled.length).toBe(s.actors.length);
    expect(svg).toContain('stroke-width');
  });

  it('pictureSvg writes labels as escaped text, never as markup', () => {
    const svg = pictureSvg({ scene: scene({ wn: '<img src=x onerror=alert(1)> & "friends"' }), camera: { x: 0, y: 0, k: 1 }, width: 800, height: 300 });
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&#60;img src=x onerror=alert(1)&#62; &#38; &#34;friends&#34;');
  });
});
