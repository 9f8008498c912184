import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../../src/core/graph';
import { candidatePartner, overlap } from '../../../src/core/metrics';
import { network, ties } from './helpers';

// F's partners P = {p1, p2, p3}. Contacts outside P and F: v1 (of p1 and p2), v2 (of p3),
// x (of p1). p2 - p3 is a tie between partners (not a contact). So the contacts are
// {v1, v2, x}, of which v1 is shared: O = 1/3.
// Candidate x: N(x) = {p1, v1, v3}. N(P) = N(p1) ∪ N(p2) ∪ N(p3) = {F, v1, x, p3, v2, p2}.
// N(x) ∩ N(P) = {v1} -> marginal overlap 1/3; new reach = N(x) \ (N(P) ∪ P ∪ {F}) = {v3} -> 1.
const programme = buildGraphIndex(
  network(
    ['F:un', 'p1:womens_org', 'p2:government', 'p3:media', 'v1:media', 'v2:media', 'v3:media', 'x:womens_org'],
    ties('F-p1', 'F-p2', 'F-p3', 'p1-v1', 'p2-v1', 'p3-v2', 'p2-p3', 'p1-x', 'x-v1', 'x-v3'),
  ),
);

describe('overlap', () => {
  it('overlap is the share of the partners\' contacts that two or more partners reach', () => {
    expect(overlap(programme)).toBeCloseTo(1 / 3, 12);
  });

  it('overlap is n/a (null) without a facilitator', () => {
    expect(overlap(buildGraphIndex(network(['a:media', 'b:media'], ties('a-b'), 'none')))).toBeNull();
  });

  it('overlap is n/a (null) when the partners have no contact outside the partners and F', () => {
    expect(overlap(buildGraphIndex(network(['F:un', 'p:media', 'q:media'], ties('F-p', 'F-q', 'p-q'))))).toBeNull();
  });
});

describe('candidatePartner', () => {
  it('candidatePartner gives the marginal overlap and new reach of a candidate', () => {
    const result = candidatePartner(programme, 'x');
    expect(result.marginalOverlap).toBeCloseTo(1 / 3, 12);
    expect(result.newReach).toBe(1);
  });

  it('candidatePartner accepts an index as well as an id', () => {
    expect(candidatePartner(programme, programme.indexOf.get('x')!)).toEqual(candidatePartner(programme, 'x'));
  });

  it('candidatePartner reads n/a (null) marginal overlap for a candidate with no contacts', () => {
    const index = buildGraphIndex(network(['F:un', 'p:media', 'x:media'], ties('F-p')));
    expect(candidatePartner(index, 'x')).toEqual({ marginalOverlap: null, newReach: 0 });
  });

  it('candidatePartner reads n/a (null) without a facilitator', () => {
    const index = buildGraphIndex(network(['a:media', 'x:media'], ties('a-x'), 'none'));
    expect(candidatePartner(index, 'x')).toEqual({ marginalOverlap: null, newReach: null });
  });

  it('candidatePartner rejects an unknown actor', () => {
    expect(() => candidatePartner(programme, 'ghost')).toThrow(RangeError);
  });
});
