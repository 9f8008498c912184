import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../../src/core/graph';
import { constraint, effectiveSize } from '../../../src/core/metrics';
import { network, ties } from './helpers';

const cliques = buildGraphIndex(
  network(
    ['a1:media', 'a2:media', 'a3:media', 'a4:media', 'b1:media', 'b2:media', 'b3:media', 'b4:media', 'z:media'],
    ties('a1-a2', 'a1-a3', 'a1-a4', 'a2-a3', 'a2-a4', 'a3-a4', 'b1-b2', 'b1-b3', 'b1-b4', 'b2-b3', 'b2-b4', 'b3-b4', 'a1-b1'),
  ),
);

describe('constraint', () => {
  it('constraint of a path end is 1 and of a path middle is 1/2', () => {
    // End: one contact, p = 1 -> 1. Middle: two unconnected contacts, (1/2)^2 each.
    const path = buildGraphIndex(network(['a:media', 'b:media', 'c:media'], ties('a-b', 'b-c')));
    expect(Array.from(constraint(path))).toEqual([1, 0.5, 1]);
  });

  it('constraint of a star centre with five leaves is 1/5', () => {
    const star = buildGraphIndex(
      network(['h:forum', 'l1:media', 'l2:media', 'l3:media', 'l4:media', 'l5:media'], ties('h-l1', 'h-l2', 'h-l3', 'h-l4', 'h-l5')),
    );
    expect(constraint(star)[0]).toBeCloseTo(5 * (1 / 5) ** 2, 12);
  });

  it('constraint inside a clique adds the indirect ties through shared contacts', () => {
    // a2 (degree 3: a1, a3, a4, all tied to each other; deg a1 = 4, deg a3 = deg a4 = 3):
    // to a1: 1/3 + 1/(3*3) + 1/(3*3) = 5/9; to a3: 1/3 + 1/(3*4) + 1/(3*3) = 19/36; a4 alike.
    // c = (5/9)^2 + 2 (19/36)^2 = 1122/1296.
    expect(constraint(cliques)[1]).toBeCloseTo(1122 / 1296, 12);
  });

  it('constraint is NaN (n/a) for an isolated actor', () => {
    expect(Number.isNaN(constraint(cliques)[8])).toBe(true);
  });
});

describe('effectiveSize', () => {
  it('effectiveSize discounts contacts that are tied to each other', () => {
    // a1: 4 contacts with 3 ties among them: 4 - 2*3/4 = 2.5. a2: 3 contacts, 3 ties: 3 - 2 = 1.
    const size = effectiveSize(cliques);
    expect(size[0]).toBe(2.5);
    expect(size[1]).toBe(1);
  });

  it('effectiveSize of a star centre is its number of leaves', () => {
    const star = buildGraphIndex(network(['h:forum', 'l1:media', 'l2:media', 'l3:media'], ties('h-l1', 'h-l2', 'h-l3')));
    expect(Array.from(effectiveSize(star))).toEqual([3, 1, 1, 1]);
  });

  it('effectiveSize is NaN (n/a) for an isolated actor', () => {
    expect(Number.isNaN(effectiveSize(cliques)[8])).toBe(true);
  });
});
