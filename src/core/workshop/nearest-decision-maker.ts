// The shortest path from an actor to its nearest decision-maker: what a trainee must shorten or build.

import type { GraphIndex } from '../graph/graph-index';

/**
 * Actor ids from `source` to the nearest decision-maker (METRICS.md D; of `country` if given),
 * both included, by breadth-first search over the whole graph; null when none can be
 * reached. Among several equally near, the first the search meets wins (neighbours are
 * visited in index order), so the answer is the same every time.
 */
export function pathToDecisionMaker(index: GraphIndex, source: number, country?: string): string[] | null {
  const { n, starts, neighbours, isDecisionMaker } = index;
  if (source < 0 || source >= n) return null;
  const countryCode = country === undefined ? -1 : index.countries.indexOf(country);
  if (country !== undefined && countryCode < 0) return null;
  const wanted = (v: number) => isDecisionMaker[v] === 1 && (countryCode < 0 || index.country[v] === countryCode);
  const parent = new Int32Array(n).fill(-1);
  parent[source] = source;
  const queue = new Int32Array(n);
  queue[0] = source;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    if (v !== source && wanted(v)) return pathTo(index, parent, v);
    for (let j = starts[v]!; j < starts[v + 1]!; j++) {
      const w = neighbours[j]!;
      if (parent[w] !== -1) continue;
      parent[w] = v;
      queue[tail++] = w;
    }
  }
  return null;
}

function pathTo(index: GraphIndex, parent: Int32Array, end: number): string[] {
  const path: string[] = [];
  for (let v = end; ; v = parent[v]!) {
    path.push(index.ids[v]!);
    if (parent[v] === v) break;
  }
  return path.reverse();
}
