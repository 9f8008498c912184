// A d3-force force that pulls each actor toward the centre of its country's region.

import { regionOf } from './regions';

interface Positioned {
  x?: number;
  y?: number;
  vx?: number;
  vy?: number;
}

export interface RegionForce<N extends Positioned> {
  (alpha: number): void;
  initialize(nodes: N[]): void;
  strength(value: number): RegionForce<N>;
}

/** `regionOfNode(node)` gives an index into REGIONS; it is read once per initialize, as d3's forces do. */
export function forceRegion<N extends Positioned>(regionOfNode: (node: N) => number): RegionForce<N> {
  let nodes: N[] = [];
  let targetX = new Float64Array(0);
  let targetY = new Float64Array(0);
  let strength = 0.06;

  const force = ((alpha: number) => {
    const k = strength * alpha;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      node.vx = (node.vx ?? 0) + (targetX[i]! - (node.x ?? 0)) * k;
      node.vy = (node.vy ?? 0) + (targetY[i]! - (node.y ?? 0)) * k;
    }
  }) as RegionForce<N>;

  force.initialize = (next: N[]) => {
    nodes = next;
    targetX = new Float64Array(nodes.length);
    targetY = new Float64Array(nodes.length);
    nodes.forEach((node, i) => {
      const region = regionOf(regionOfNode(node));
      targetX[i] = region.x;
      targetY[i] = region.y;
    });
  };
  force.strength = (value: number) => {
    strength = value;
    return force;
  };
  return force;
}
