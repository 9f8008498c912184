// Where each actor starts: where it was before, else near its placed neighbours, else in its region.

import type { LayoutInput } from './layout-input';
import { regionOf } from './regions';

export interface Point {
  x: number;
  y: number;
}

export function initialPositions(
  input: LayoutInput,
  random: () => number,
  previous?: ReadonlyMap<string, readonly [number, number]>,
): Point[] {
  const n = input.ids.length;
  const points: (Point | undefined)[] = input.ids.map((id) => {
    const p = previous?.get(id);
    return p ? { x: p[0], y: p[1] } : undefined;
  });
  const jitter = (spread: number) => (random() - 0.5) * spread;

  // New actors ease in beside the actors they are tied to, so a scenario's additions appear in context.
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  for (let e = 0; e < input.links.length; e += 2) {
    const s = input.links[e]!;
    const t = input.links[e + 1]!;
    neighbours[s]!.push(t);
    neighbours[t]!.push(s);
  }
  const placed = points.map((p) => p !== undefined);
  for (let i = 0; i < n; i++) {
    if (placed[i]) continue;
    const anchors = neighbours[i]!.filter((j) => placed[j]).map((j) => points[j]!);
    if (previous && anchors.length > 0) {
      const x = anchors.reduce((sum, p) => sum + p.x, 0) / anchors.length;
      const y = anchors.reduce((sum, p) => sum + p.y, 0) / anchors.length;
      points[i] = { x: x + jitter(30), y: y + jitter(30) };
    } else {
      const region = regionOf(input.regions[i]!);
      points[i] = { x: region.x + jitter(200), y: region.y + jitter(200) };
    }
  }
  return points as Point[];
}
