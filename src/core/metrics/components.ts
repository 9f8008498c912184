// Connected components: which actors can reach each other at all.

import type { GraphIndex } from '../graph/graph-index';

export interface Components {
  count: number;
  /** Size of each component, by component number. */
  sizes: Uint32Array;
  /** Component number of each actor, aligned with index.ids; numbered in order of first actor. */
  componentOf: Uint32Array;
}

/**
 * The connected components of the undirected graph, by breadth-first search (Hopcroft and
 * Tarjan 1973, "Efficient algorithms for graph manipulation"); an isolated actor is a
 * component of its own.
 */
export function components(index: GraphIndex): Components {
  const { n, starts, neighbours } = index;
  const componentOf = new Uint32Array(n).fill(0xffffffff);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  for (let root = 0; root < n; root++) {
    if (componentOf[root] !== 0xffffffff) continue;
    const id = sizes.length;
    componentOf[root] = id;
    queue[0] = root;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const v = queue[head]!;
      for (let j = starts[v]!; j < starts[v + 1]!; j++) {
        const w = neighbours[j]!;
        if (componentOf[w] === 0xffffffff) {
          componentOf[w] = id;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }
  return { count: sizes.length, sizes: Uint32Array.from(sizes), componentOf };
}
