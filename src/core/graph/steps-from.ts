// Hop distance from one actor to every actor within k steps: the neighbourhood a selection lights up.

import { bfsWithin, createBfs } from '../metrics/bfs';
import type { GraphIndex } from './graph-index';

/** Int8Array of hop counts from `source` (0 for itself), -1 for actors more than k steps away. */
export function stepsFrom(index: GraphIndex, source: number, k: number): Int8Array {
  const steps = new Int8Array(index.n).fill(-1);
  if (source < 0 || source >= index.n) return steps;
  const bfs = createBfs(index.n, k);
  const visited = bfsWithin(index, bfs, source, k);
  let depth = 0;
  for (let q = 0; q < visited; q++) {
    while (q >= bfs.levelEnds[depth]!) depth++;
    steps[bfs.queue[q]!] = depth;
  }
  return steps;
}
