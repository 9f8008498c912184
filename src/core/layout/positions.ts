// The layout's positions buffer: one Float32Array, two numbers per actor.

export const NODE_X = 0;
export const NODE_Y = 1;
export const NODE_STRIDE = 2;

export function positionOf(positions: Float32Array, i: number): [number, number] {
  return [positions[i * NODE_STRIDE + NODE_X]!, positions[i * NODE_STRIDE + NODE_Y]!];
}

/** Positions keyed by actor id, so that a new network version can start where the old one was. */
export function positionsById(ids: readonly string[], positions: Float32Array): Map<string, [number, number]> {
  return new Map(ids.map((id, i) => [id, positionOf(positions, i)]));
}
