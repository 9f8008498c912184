// Orders betweenness sources so that each batch of 32 sits close together in the graph.

import type { GraphIndex } from '../graph/graph-index';

/**
 * Every actor once, in breadth-first order component by component. Sources that are near
 * each other reach most actors at the same distance, so a batch of them shares frontier
 * entries in the multi-source BFS (brandes.ts) and the exact computation does less work;
 * the answer is the same in any order (up to rounding).
 */
export function localOrder(index: GraphIndex): Uint32Array {
  const { n, starts, neighbours } = index;
  const order = new Uint32Array(n);
  const seen = new Uint8Array(n);
  let tail = 0;
  for (let root = 0; root < n; root++) {
    if (seen[root]) continue;
    seen[root] = 1;
    order[tail++] = root;
    for (let head = tail - 1; head < tail; head++) {
      const v = order[head]!;
      for (let j = starts[v]!; j < starts[v + 1]!; j++) {
        const w = neighbours[j]!;
        if (!seen[w]) {
          seen[w] = 1;
          order[tail++] = w;
        }
      }
    }
  }
  return order;
}
