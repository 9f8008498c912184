import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../../src/core/graph';
import { betweenness, betweennessProgressive } from '../../../src/core/metrics';
import { network, randomGraph, ties } from './helpers';
import { mulberry32 } from '../../../src/core/metrics/random';

const close = (actual: Float64Array, expected: number[]) =>
  expected.forEach((value, i) => expect(actual[i]).toBeCloseTo(value, 12));

// Path a - b - c - d - e: b lies between a and {c, d, e} (3 pairs), c between {a, b} and
// {d, e} (4 pairs), d between {a, b, c} and e (3). Normalised by (5-1)(5-2)/2 = 6.
const path = buildGraphIndex(
  network(['a:media', 'b:media', 'c:media', 'd:media', 'e:media'], ties('a-b', 'b-c', 'c-d', 'd-e')),
);

// Two 4-cliques {a1..a4} and {b1..b4} joined by a1 - b1: every one of the 3 x 4 pairs
// (a2..a4, b1..b4) runs through a1 (and symmetrically through b1): 12 / (7 * 6 / 2) = 4/7.
const cliques = buildGraphIndex(
  network(
    ['a1:media', 'a2:media', 'a3:media', 'a4:media', 'b1:media', 'b2:media', 'b3:media', 'b4:media'],
    ties('a1-a2', 'a1-a3', 'a1-a4', 'a2-a3', 'a2-a4', 'a3-a4', 'b1-b2', 'b1-b3', 'b1-b4', 'b2-b3', 'b2-b4', 'b3-b4', 'a1-b1'),
  ),
);

describe('betweenness', () => {
  it('betweenness on a path counts the pairs each inner actor separates', () => {
    close(betweenness(path), [0, 3 / 6, 4 / 6, 3 / 6, 0]);
    close(betweenness(path, { normalised: false }), [0, 3, 4, 3, 0]);
  });

  it('betweenness of a star centre is 1, of its leaves 0', () => {
    // The centre lies on the only path between each of the C(5, 2) = 10 leaf pairs: 10 / 10.
    const star = buildGraphIndex(
      network(['h:forum', 'l1:media', 'l2:media', 'l3:media', 'l4:media', 'l5:media'], ties('h-l1', 'h-l2', 'h-l3', 'h-l4', 'h-l5')),
    );
    close(betweenness(star), [1, 0, 0, 0, 0, 0]);
  });

  it('betweenness of every actor on a long path is the number of pairs it separates', () => {
    // Actor i of a path of n separates i * (n - 1 - i) pairs; 300 levels deep, 10 batches.
    const n = 300;
    const actors = Array.from({ length: n }, (_, i) => `p${i}:media`);
    const index = buildGraphIndex(network(actors, ties(...actors.slice(1).map((_, i) => `p${i}-p${i + 1}`))));
    close(betweenness(index), actors.map((_, i) => (i * (n - 1 - i)) / (((n - 1) * (n - 2)) / 2)));
  });

  it('betweenness puts both ends of a bridge between two cliques at 4/7', () => {
    close(betweenness(cliques), [4 / 7, 0, 0, 0, 4 / 7, 0, 0, 0]);
  });

  it('betweenness splits credit between equal shortest paths', () => {
    // Square a - b - c - d - a: a and c are joined through b or through d, half each.
    // Each of b, d: 1/2 unnormalised; normalised by 3 * 2 / 2 = 3 -> 1/6.
    const square = buildGraphIndex(network(['a:media', 'b:media', 'c:media', 'd:media'], ties('a-b', 'b-c', 'c-d', 'd-a')));
    close(betweenness(square), [1 / 6, 1 / 6, 1 / 6, 1 / 6]);
  });

  it('betweenness normalises by all actors even when the network is disconnected', () => {
    // Path a - b - c plus an isolated pair d - e: n = 5, b separates one pair: 1 / 6.
    const index = buildGraphIndex(network(['a:media', 'b:media', 'c:media', 'd:media', 'e:media'], ties('a-b', 'b-c', 'd-e')));
    close(betweenness(index), [0, 1 / 6, 0, 0, 0]);
  });

  it('betweenness is 0 for networks of one or two actors', () => {
    close(betweenness(buildGraphIndex(network(['a:media', 'b:media'], ties('a-b')))), [0, 0]);
    expect(betweenness(buildGraphIndex(network([], []))).length).toBe(0);
  });

  it('betweenness sampled from every source equals the exact answer', () => {
    const index = buildGraphIndex(randomGraph(40, 80, mulberry32(3)));
    const exact = betweenness(index);
    close(betweenness(index, { samples: 40, seed: 9 }), Array.from(exact));
  });

  it('betweenness sampled from some sources is a deterministic estimate for a given seed', () => {
    const index = buildGraphIndex(randomGraph(40, 80, mulberry32(4)));
    const one = betweenness(index, { samples: 10, seed: 5 });
    expect(betweenness(index, { samples: 10, seed: 5 })).toEqual(one);
    expect(betweenness(index, { samples: 10, seed: 6 })).not.toEqual(one);
  });
});

describe('betweennessProgressive', () => {
  it('betweennessProgressive refines an estimate batch by batch and ends exact', () => {
    const index = buildGraphIndex(randomGraph(50, 100, mulberry32(5)));
    const steps = [...betweennessProgressive(index, { seed: 2, batch: 16 })];
    expect(steps.map((s) => s.sources)).toEqual([16, 32, 48, 50]);
    expect(steps.map((s) => s.exact)).toEqual([false, false, false, true]);
    close(steps.at(-1)!.values, Array.from(betweenness(index)));
  });

  it('betweennessProgressive yields the same estimate as betweenness with as many samples', () => {
    const index = buildGraphIndex(randomGraph(30, 60, mulberry32(6)));
    const first = betweennessProgressive(index, { seed: 7, batch: 12 }).next();
    expect(first.done).toBe(false);
    if (!first.done) close(first.value.values, Array.from(betweenness(index, { samples: 12, seed: 7 })));
  });
});
