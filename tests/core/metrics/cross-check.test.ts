import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../../src/core/graph';
import { betweenness, constraint, effectiveSize, mulberry32 } from '../../../src/core/metrics';
import { randomGraph } from './helpers';

interface Fixture {
  name: string;
  n: number;
  edges: Array<[number, number]>;
  betweenness: number[];
  constraint: Array<number | null>;
  effectiveSize: Array<number | null>;
}

// Written by fixtures/make-networkx-fixtures.py (networkx betweenness_centrality,
// constraint, effective_size); NaN is stored as null.
const fixtures = (
  JSON.parse(readFileSync(new URL('./fixtures/networkx-fixtures.json', import.meta.url), 'utf8')) as { graphs: Fixture[] }
).graphs;

function indexOf(fixture: Fixture) {
  const actors = Array.from({ length: fixture.n }, (_, i) => ({ id: `v${i}`, name: `v${i}`, kind: 'media' as const, country: 'Kosovo' as const, level: 'local' as const }));
  const ties = fixture.edges.map(([u, v], e) => ({ id: `e${e}`, source: `v${u}`, target: `v${v}`, kind: 'partnership' as const }));
  return buildGraphIndex({ schemaVersion: 1, title: fixture.name, facilitator: 'none', actors, ties });
}

function expectClose(actual: Float64Array, expected: Array<number | null>) {
  expect(actual.length).toBe(expected.length);
  expected.forEach((value, i) => {
    if (value === null) expect(actual[i]).toBeNaN();
    else expect(actual[i]).toBeCloseTo(value, 10);
  });
}

describe('cross-checks against networkx', () => {
  it('the networkx fixtures are present', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
  });

  for (const fixture of fixtures) {
    it(`betweenness matches networkx betweenness_centrality on ${fixture.name}`, () => {
      expectClose(betweenness(indexOf(fixture)), fixture.betweenness);
    });
    it(`constraint matches networkx constraint on ${fixture.name}`, () => {
      expectClose(constraint(indexOf(fixture)), fixture.constraint);
    });
    it(`effectiveSize matches networkx effective_size on ${fixture.name}`, () => {
      expectClose(effectiveSize(indexOf(fixture)), fixture.effectiveSize);
    });
  }
});

describe('cross-checks against graphology-metrics', () => {
  for (const [n, m, seed] of [[30, 45, 1], [60, 150, 2], [100, 180, 3], [200, 600, 4], [12, 40, 5], [80, 70, 6]] as const) {
    it(`betweenness matches graphology-metrics on a random graph of ${n} actors and ${m} ties`, () => {
      const network = randomGraph(n, m, mulberry32(seed));
      const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
      for (const actor of network.actors) graph.addNode(actor.id);
      for (const tie of network.ties) if (tie.source !== tie.target) graph.mergeEdge(tie.source, tie.target);
      // Unweighted, normalised: graphology divides by (n-1)(n-2) after summing each pair twice.
      const theirs = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
      const index = buildGraphIndex(network);
      expectClose(betweenness(index), index.ids.map((id) => theirs[id]!));
    });
  }
});
