// Guess, then reveal (Net-Map): a trainee's ranking of influence against computed brokerage and reach.

import type { ActorMetrics, Analysis } from '../metrics/analysis';
import { averageRanks, competitionRanks, spearman } from './rank-correlation';
import { englishWords } from './english-words';
import type { Words } from './sentences';
import type { Names } from './words';

export interface GuessRow {
  id: string;
  /** The trainee's rank: 1 is the most influential. */
  guessed: number;
  betweenness: number;
  /** Rank by betweenness among the actors ranked (1: most brokerage; ties share the best rank). */
  byBetweenness: number;
  /** Rank by betweenness among every actor of the network. */
  byBetweennessOverall: number;
  /** r_k(c); null for an actor outside civil society, which has no reach (METRICS.md). */
  reach: number | null;
  /** Rank by reach among the civil-society actors ranked; null outside civil society. */
  byReach: number | null;
  sentence: string;
}

export interface GuessComparison {
  rows: GuessRow[];
  /** Spearman's rho of the guess against betweenness, over the actors ranked. */
  betweenness: number | null;
  /** Spearman's rho of the guess against reach, over the civil-society actors ranked. */
  reach: number | null;
  /** Ids in the ranking that the analysis does not have (left out). */
  unknown: string[];
}

export type GuessAnalysis = Pick<Analysis, 'ids'> & { actors: Pick<ActorMetrics, 'betweenness' | 'reach'> };

/**
 * Compares `ranking` (actor ids, most influential first, as a trainee guessed them before
 * seeing any number) with the computed betweenness (Brandes 2001) and reach of `analysis`:
 * per actor its ranks and a sentence ("You ranked KWN 1st; by brokerage it is 4th of the 5
 * you ranked"), and Spearman's rho for each measure. Unknown and repeated ids are left out.
 * `words` is the language of the sentences.
 */
export function compareGuess(ranking: readonly string[], analysis: GuessAnalysis, name: Names = (id) => id, words: Words = englishWords): GuessComparison {
  const { say, ordinal } = words;
  const indexOf = new Map(analysis.ids.map((id, i) => [id, i]));
  const unknown = ranking.filter((id) => !indexOf.has(id));
  const ids = ranking.filter((id, i) => indexOf.has(id) && ranking.indexOf(id) === i);
  const { betweenness: b, reach: r } = analysis.actors;
  const between = ids.map((id) => b[indexOf.get(id)!]!);
  const reach = ids.map((id) => r[indexOf.get(id)!]!);
  const overall = competitionRanks(Array.from(b));
  const byBetweenness = competitionRanks(between);
  const inC = ids.map((_, i) => i).filter((i) => !Number.isNaN(reach[i]!));
  const byReachAmongC = competitionRanks(inC.map((i) => reach[i]!));
  const byReach = ids.map((_, i) => (inC.includes(i) ? byReachAmongC[inC.indexOf(i)]! : null));
  const tied = (ranks: readonly number[], rank: number) => ranks.filter((x) => x === rank).length > 1;

  const rows = ids.map((id, i): GuessRow => {
    const rb = byBetweenness[i]!;
    const rr = byReach[i]!;
    const brokerage = say(tied(byBetweenness, rb) ? 'workshop.guessBrokerageJoint' : 'workshop.guessBrokerage', {
      rank: ordinal(rb), count: ids.length, overall: ordinal(overall[indexOf.get(id)!]!), total: analysis.ids.length,
    });
    const reachText = rr === null
      ? say('workshop.guessReachNone')
      : say(tied(byReachAmongC, rr) ? 'workshop.guessReachJoint' : 'workshop.guessReach', { rank: ordinal(rr), count: inC.length });
    return {
      id,
      guessed: i + 1,
      betweenness: between[i]!,
      byBetweenness: rb,
      byBetweennessOverall: overall[indexOf.get(id)!]!,
      reach: rr === null ? null : reach[i]!,
      byReach: rr,
      sentence: say('workshop.guessSentence', { actor: name(id), guessed: ordinal(i + 1), brokerage, reach: reachText }),
    };
  });
  const guessed = averageRanks(ids.map((_, i) => -i));
  const guessedInC = averageRanks(inC.map((i) => -i));
  return {
    rows,
    betweenness: spearman(guessed, averageRanks(between)),
    reach: spearman(guessedInC, averageRanks(inC.map((i) => reach[i]!))),
    unknown,
  };
}
