// Whether a cooling layout has come to rest: every actor all but stopped, though alpha has not run out yet.

interface Moving {
  x?: number;
  y?: number;
  vx?: number;
  vy?: number;
}

/** Hotter than this, a pause in the motion is not yet the end of it. */
export const STILL_CHECK_ALPHA = 0.1;

/**
 * True when the fastest actor's last step (its velocity, as d3 integrates it) is under `share` of
 * the layout's extent. The fastest, not the average: after an edit the few new actors are all that
 * moves, and they must finish moving in.
 */
export function isStill(nodes: readonly Moving[], share: number): boolean {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  let fastest = 0;
  for (const node of nodes) {
    const x = node.x!, y = node.y!;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
    fastest = Math.max(fastest, node.vx! * node.vx! + node.vy! * node.vy!);
  }
  const extent = Math.max(x1 - x0, y1 - y0);
  return Math.sqrt(fastest) < share * extent;
}
