import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/metrics';
import { averageRanks, compareGuess, competitionRanks, ordinal, spearman, type GuessAnalysis } from '../../../src/core/workshop';
import { network, ties } from '../metrics/helpers';

/** Five actors: a and e are outside civil society (no reach); c and e tie on betweenness. */
const analysis: GuessAnalysis = {
  ids: ['a', 'b', 'c', 'd', 'e'],
  actors: {
    betweenness: Float64Array.from([0.5, 0.1, 0.3, 0, 0.3]),
    reach: Float64Array.from([NaN, 0.2, 0.6, 0.4, NaN]),
  },
};

describe('rank correlation', () => {
  it('averageRanks shares the mean rank among ties, competitionRanks the best one', () => {
    expect(averageRanks([3, 1, 3, 2])).toEqual([1.5, 4, 1.5, 3]);
    expect(competitionRanks([3, 1, 3, 2])).toEqual([1, 4, 1, 3]);
  });

  it('spearman is 1 for the same order, -1 for the reverse, and null with no order to compare', () => {
    expect(spearman([1, 2, 3], [1, 2, 3])).toBeCloseTo(1);
    expect(spearman([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1);
    expect(spearman([1, 2], [1.5, 1.5])).toBeNull();
    expect(spearman([1], [1])).toBeNull();
  });

  it('ordinal writes English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 102].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '102nd']);
  });
});

describe('compareGuess', () => {
  it('compareGuess ranks the guessed actors by brokerage and reach, worked out by hand', () => {
    const result = compareGuess(['a', 'b', 'c', 'd'], analysis);
    // Betweenness among the four: a .5, c .3, b .1, d 0 -> 1, 3, 2, 4 against the guess 1, 2, 3, 4:
    // sum of squared differences 2, rho = 1 - 6 * 2 / (4 * 15) = 0.8.
    expect(result.betweenness).toBeCloseTo(0.8);
    // Reach among b, c, d (guessed 1, 2, 3): c .6, d .4, b .2 -> 3, 1, 2: sum 6, rho = 1 - 36 / 24 = -0.5.
    expect(result.reach).toBeCloseTo(-0.5);
    expect(result.rows.map((r) => [r.id, r.guessed, r.byBetweenness, r.byBetweennessOverall, r.byReach])).toEqual([
      ['a', 1, 1, 1, null],
      ['b', 2, 3, 4, 3],
      ['c', 3, 2, 2, 1],
      ['d', 4, 4, 5, 2],
    ]);
    expect(result.rows[0]!.sentence).toBe('You ranked a 1st; by brokerage it is 1st of the 4 you ranked (1st of all 5); reach is n/a, as it is not a civil-society actor.');
    expect(result.rows[1]!.sentence).toBe('You ranked b 2nd; by brokerage it is 3rd of the 4 you ranked (4th of all 5); by reach it is 3rd of the 3 civil-society actors you ranked.');
  });

  it('compareGuess says "joint" where the computed values tie, and leaves out unknown and repeated ids', () => {
    const result = compareGuess(['c', 'ghost', 'e', 'c'], analysis, (id) => id.toUpperCase());
    expect(result.unknown).toEqual(['ghost']);
    expect(result.rows.map((r) => r.id)).toEqual(['c', 'e']);
    expect(result.rows[1]!.sentence).toBe('You ranked E 2nd; by brokerage it is joint 1st of the 2 you ranked (2nd of all 5); reach is n/a, as it is not a civil-society actor.');
    expect(result.betweenness).toBeNull();
  });

  it('compareGuess reads a real analysis: the hub of a star is the broker a trainee may miss', () => {
    const star = network(['F:un', 'hub:network', 'c1:womens_org', 'c2:womens_org', 'd:government'], ties('hub-c1', 'hub-c2', 'hub-d', 'F-c1'));
    const result = compareGuess(['c2', 'hub'], analyse(star, { fragility: false }));
    expect(result.betweenness).toBeCloseTo(-1);
    expect(result.rows[1]).toMatchObject({ id: 'hub', guessed: 2, byBetweenness: 1 });
  });
});
