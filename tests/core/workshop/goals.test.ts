// Each goal type on small graphs whose answers are worked out by hand.

import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../../src/core/graph';
import type { Network } from '../../../src/core/model/types';
import { describeGoal, evaluateGoal, namesOf, pathToDecisionMaker } from '../../../src/core/workshop';
import { network, ties } from '../metrics/helpers';

/** c - x - fo - d: c is three steps from the decision-maker d (x is civil society, fo a forum). */
const chain = (...extra: string[]): Network => network(['F:un', 'c:womens_org:Roma', 'x:civil_society', 'fo:forum', 'd:government::BiH', 'k:government'], ties('c-x', 'x-fo', 'fo-d', ...extra));

describe('pathToDecisionMaker', () => {
  it('pathToDecisionMaker finds the shortest path, passing forums and stopping at the first decision-maker', () => {
    const index = buildGraphIndex(chain('F-c', 'F-k'));
    // c - F - k is two steps, but F is not a decision-maker, so the search goes on to k.
    expect(pathToDecisionMaker(index, index.indexOf.get('c')!)).toEqual(['c', 'F', 'k']);
    expect(pathToDecisionMaker(index, index.indexOf.get('c')!, 'BiH')).toEqual(['c', 'x', 'fo', 'd']);
    expect(pathToDecisionMaker(index, index.indexOf.get('c')!, 'Serbia')).toBeNull();
  });
});

describe('reach-decision-maker', () => {
  const goal = { type: 'reach-decision-maker', actor: 'c', within: 2 } as const;

  it('evaluateGoal says how many steps the actor is from the nearest decision-maker, and the path', () => {
    expect(evaluateGoal(goal, chain())).toEqual({
      met: false,
      distance: 'c is three steps from the nearest decision-maker (d); the goal is two steps.',
      reasons: [
        'The shortest path to a decision-maker is c → x → fo → d: three steps, one step more than the goal allows.',
        'Forums, networks and the facilitator on the way are not decision-makers themselves (METRICS.md).',
      ],
    });
  });

  it('evaluateGoal is met once a tie brings a decision-maker within reach', () => {
    expect(evaluateGoal(goal, chain('c-fo'))).toEqual({
      met: true,
      distance: 'c is two steps from the nearest decision-maker (d); the goal is two steps.',
      reasons: ['c reaches d in two steps: c → fo → d.'],
    });
  });

  it('evaluateGoal counts only the named country\'s decision-makers when the goal names one', () => {
    const net = chain('c-k');
    expect(evaluateGoal(goal, net).met).toBe(true);
    expect(evaluateGoal({ ...goal, country: 'BiH' }, net).distance).toBe('c is three steps from the nearest BiH decision-maker (d); the goal is two steps.');
  });

  it('evaluateGoal says when the actor is gone or can reach no decision-maker at all', () => {
    const alone = network(['F:un', 'c:womens_org', 'd:government'], []);
    expect(evaluateGoal(goal, alone).distance).toBe('c cannot reach any decision-maker; the goal is two steps.');
    const gone = network(['F:un', 'd:government'], []);
    expect(evaluateGoal(goal, gone, namesOf({ actors: [{ id: 'c', name: 'Roma network', kind: 'network', country: 'Kosovo', level: 'local' }] })).distance).toBe(
      'Roma network is not in the network; the goal is two steps.',
    );
  });
});

describe('no-cut-off', () => {
  it('evaluateGoal lists the cut-off civil-society actors with the path each would need', () => {
    // x reaches d through the forum in two steps; c needs three.
    expect(evaluateGoal({ type: 'no-cut-off', k: 2 }, chain())).toEqual({
      met: false,
      distance: '1 civil-society actor reaches no decision-maker within two steps (c); the goal is none.',
      reasons: ["c's nearest decision-maker is three steps away: c → x → fo → d."],
    });
    expect(evaluateGoal({ type: 'no-cut-off', k: 3 }, chain()).met).toBe(true);
    expect(evaluateGoal({ type: 'no-cut-off', k: 2 }, chain('c-d')).reasons).toEqual(['All 2 civil-society actors reach at least one decision-maker within two steps.']);
  });
});

/** F facilitates a1 (community A) and b1 (B); a1 sits in a forum with d1 and d2; F knows d3. D = {d1, d2, d3}. */
const forum = (...extra: string[]): Network =>
  network(['F:un', 'a1:womens_org:A', 'b1:womens_org:B', 'b2:network:B', 'fo:forum', 'd1:government', 'd2:security', 'd3:un'], ties('F-a1', 'F-b1', 'a1-fo', 'fo-d1', 'fo-d2', 'F-d3', ...extra));

describe('group-reach-at-least and inclusion-at-least', () => {
  // a1 reaches d1, d2 (forum), d3 (via F): 3 of 3. b1 reaches d3 via F: 1 of 3. b2 is isolated: 0 of 3.
  it('evaluateGoal gives a community\'s reach as the mean over its civil-society actors, weakest actor first', () => {
    expect(evaluateGoal({ type: 'group-reach-at-least', community: 'B', k: 2, value: 0.5 }, forum())).toEqual({
      met: false,
      distance: 'The B community reaches 16.7% of decision-makers within two steps, on average; the goal is at least 50%.',
      reasons: ['b2 reaches 0 of 3 decision-makers within two steps.', 'b1 reaches 1 of 3 decision-makers within two steps.'],
    });
    // b2 joins the forum: 2 of 3; the mean is (1 + 2) / 6 = 50%.
    expect(evaluateGoal({ type: 'group-reach-at-least', community: 'B', k: 2, value: 0.5 }, forum('b2-fo')).met).toBe(true);
    expect(evaluateGoal({ type: 'group-reach-at-least', community: 'C', k: 2, value: 0.5 }, forum()).distance).toBe(
      'The C community has no civil-society actor in the network; the goal is at least 50%.',
    );
  });

  it('evaluateGoal reads Inclusion as the least-included community\'s reach, and says to start there', () => {
    expect(evaluateGoal({ type: 'inclusion-at-least', k: 2, value: 0.5 }, forum())).toEqual({
      met: false,
      distance: 'Inclusion is 16.7% (least included: the B community); the goal is at least 50%.',
      reasons: ['The B community reaches 16.7% of decision-makers within two steps.', 'Inclusion rises only when the worst-off rise: start with the B community.'],
    });
    expect(evaluateGoal({ type: 'inclusion-at-least', k: 2, value: 0.5 }, forum('b2-fo'))).toEqual({
      met: true,
      distance: 'Inclusion is 50.0% (least included: the B community); the goal is at least 50%.',
      reasons: ['Every community reaches at least 50%; the lowest is the B community at 50.0%.'],
    });
  });
});

describe('reach-without-facilitator-at-least', () => {
  it('evaluateGoal computes Reach without the facilitator and names who depends on it', () => {
    // Without F: a1 keeps d1, d2 (2 of 3); b1 and b2 reach nothing. R = 2 / 9 = 22.2%.
    expect(evaluateGoal({ type: 'reach-without-facilitator-at-least', k: 2, value: 0.3 }, forum())).toEqual({
      met: false,
      distance: 'Without F, Reach is 22.2%; the goal is at least 30%.',
      reasons: ['With F, Reach is 44.4%.', 'a1 reaches 3 decision-makers within two steps with F, 2 without.', 'b1 reaches 1 decision-maker within two steps with F, 0 without.'],
    });
    // b1 joins the forum too: 2 + 2 of 9 = 44.4% without F.
    expect(evaluateGoal({ type: 'reach-without-facilitator-at-least', k: 2, value: 0.3 }, forum('b1-fo')).met).toBe(true);
  });
});

describe('overlap-at-most', () => {
  /** Partners p1, p2, p3; v1 is known to p1 and p2, v2 to p3 only: O = 1 / 2. */
  const partners = (...extra: string[]) => network(['F:un', 'p1:womens_org', 'p2:womens_org', 'p3:womens_org', 'p4:womens_org', 'v1:government', 'v2:government', 'v3:government'], ties('F-p1', 'F-p2', 'F-p3', 'p1-v1', 'p2-v1', 'p3-v2', 'p4-v3', ...extra));

  it('evaluateGoal reads Overlap and names the shared contacts', () => {
    expect(evaluateGoal({ type: 'overlap-at-most', value: 0.4 }, partners())).toEqual({
      met: false,
      distance: "Overlap is 50.0%: 1 of the partners' 2 contacts is shared by two or more partners; the goal is at most 40%.",
      reasons: ['v1 is a contact of 2 partners: p1, p2.', 'A partner whose contacts no other partner has lowers Overlap; one who knows the same people raises it.'],
    });
  });

  it('evaluateGoal is met when a new partner brings contacts no other partner has', () => {
    // p4 becomes a partner and brings v3: 1 shared of 3 contacts.
    const result = evaluateGoal({ type: 'overlap-at-most', value: 0.4 }, partners('F-p4'));
    expect(result.met).toBe(true);
    expect(result.distance).toBe("Overlap is 33.3%: 1 of the partners' 3 contacts is shared by two or more partners; the goal is at most 40%.");
  });
});

describe('describeGoal', () => {
  it('describeGoal states each goal type in the app\'s words', () => {
    const name = namesOf(forum());
    expect(describeGoal({ type: 'reach-decision-maker', actor: 'a1', within: 2, country: 'Kosovo' }, name)).toBe('a1 reaches a Kosovo decision-maker within two steps.');
    expect(describeGoal({ type: 'group-reach-at-least', community: 'B', k: 2, value: 0.25 }, name)).toBe(
      "The B community's civil society reaches at least 25% of decision-makers within two steps, on average.",
    );
    expect(describeGoal({ type: 'reach-without-facilitator-at-least', k: 3, value: 0.165 }, name, 'UN Women')).toBe('Without UN Women, Reach is at least 16.5% within three steps.');
    expect(describeGoal({ type: 'no-cut-off', k: 1 }, name)).toBe('No civil-society actor is cut off: each reaches a decision-maker within one step.');
  });
});
