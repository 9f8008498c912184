// The workshop's sentences in another language: the core fills them from any catalogue it is given.

import { describe, expect, it } from 'vitest';
import type { Network } from '../../../src/core/model/types';
import { checkExercise, compareGuess, describeGoal, evaluateGoal, type Words } from '../../../src/core/workshop';
import { bs } from '../../../src/i18n/bs/index';
import { formatMessage } from '../../../src/i18n/format-message';
import { sq } from '../../../src/i18n/sq/index';
import type { Locale } from '../../../src/i18n/locales';
import type { Catalogue } from '../../../src/i18n/types';
import { network, ties } from '../metrics/helpers';

const wordsOf = (catalogue: Catalogue, locale: Locale, rank: (n: number) => string): Words => ({
  say: (key, params) => formatMessage(catalogue[key]!, params, locale),
  ordinal: rank,
  percent: (value) => (value === null || value === undefined ? 'n/d' : `${(100 * value).toFixed(1).replace('.', ',')}%`),
  share: (value) => `${Number((100 * value).toFixed(1))}%`.replace('.', ','),
  country: (country) => country,
});
const bosnian = wordsOf(bs, 'bs', (n) => `${n}.`);
const albanian = wordsOf(sq, 'sq', String);

/** c - x - fo - d: c is three steps from the decision-maker d. */
const chain = (...extra: string[]): Network => network(['F:un', 'c:womens_org:Roma', 'x:civil_society', 'fo:forum', 'd:government::BiH', 'k:government'], ties('c-x', 'x-fo', 'fo-d', ...extra));

describe('the workshop sentences in Bosnian and Albanian', () => {
  it('describeGoal writes the step count in words, in the language\'s grammar', () => {
    const goal = { type: 'reach-decision-maker', actor: 'kraewn', within: 2, country: 'Kosovo' } as const;
    expect(describeGoal(goal, (id) => id.toUpperCase(), undefined, bosnian)).toBe('KRAEWN doseže donosioca odluka (Kosovo) u najviše dva koraka.');
    expect(describeGoal({ ...goal, within: 1 }, (id) => id.toUpperCase(), undefined, albanian)).toBe('KRAEWN arrin te një vendimmarrës nga Kosovo në më së shumti një hap.');
    expect(describeGoal({ type: 'reach-without-facilitator-at-least', k: 2, value: 0.165 }, String, undefined, bosnian)).toBe('Bez facilitatora doseg je najmanje 16,5% u najviše dva koraka.');
  });

  it('evaluateGoal explains the distance and the path in the language given', () => {
    expect(evaluateGoal({ type: 'reach-decision-maker', actor: 'c', within: 2 }, chain(), undefined, bosnian)).toEqual({
      met: false,
      distance: 'c je tri koraka od najbližeg donosioca odluka (d); cilj je dva koraka.',
      reasons: [
        'Najkraći put do donosioca odluka je c → x → fo → d: tri koraka, jedan korak više nego što cilj dopušta.',
        'Forumi, mreže i facilitator na tom putu nisu sami donosioci odluka (METRICS.md).',
      ],
    });
    expect(evaluateGoal({ type: 'no-cut-off', k: 2 }, chain(), undefined, albanian).distance)
      .toBe('1 aktor i shoqërisë civile nuk arrin asnjë vendimmarrës në më së shumti dy hapa (c); qëllimi është: asnjë.');
  });

  it('checkExercise counts moves over budget with the language\'s plural forms', () => {
    const exercise = {
      id: 'x', title: 'X', situation: '', goal: { type: 'reach-decision-maker', actor: 'c', within: 3 } as const, moves: ['addTie' as const],
      budget: { ties: 1 }, hints: [], lesson: { quote: '', section: '' }, solution: [],
    };
    const edits = ['c-k', 'x-k', 'fo-k'].map((pair, i) => ({ op: 'addTie' as const, tie: { id: `t${i}`, source: pair.split('-')[0]!, target: pair.split('-')[1]!, kind: 'dialogue' as const } }));
    expect(checkExercise(exercise, chain(), edits, bosnian).reasons.at(-1)).toBe('Iskoristili ste 3 veze; budžet je 1.');
    expect(checkExercise(exercise, chain(), edits.slice(0, 2), albanian).reasons.at(-1)).toBe('Përdorët 2 lidhje; buxheti është 1.');
  });

  it('compareGuess places ranks as the language writes them', () => {
    const analysis = { ids: ['a', 'b', 'c'], actors: { betweenness: new Float64Array([2, 1, 0]), reach: new Float64Array([NaN, 0.5, 0.2]) } };
    expect(compareGuess(['a', 'b', 'c'], analysis, String, bosnian).rows[1]!.sentence)
      .toBe('Stavili ste b na 2. mjesto; po posredovanju: 2. mjesto od 3 koje ste rangirali (2. od svih 3); po dosegu: 1. mjesto od 2 aktera civilnog društva koje ste rangirali.');
  });
});
