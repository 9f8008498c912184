// The goal as a trainee reads it: one sentence in the app's words.

import { englishWords } from './english-words';
import type { Words } from './sentences';
import type { Goal } from './types';
import { steps, type Names } from './words';

/** "Network of Roma, ... reaches a Kosovo decision-maker within two steps", and so on for each goal type. */
export function describeGoal(goal: Goal, name: Names, facilitator?: string, words: Words = englishWords): string {
  const { say } = words;
  switch (goal.type) {
    case 'reach-decision-maker': {
      const params = { actor: name(goal.actor), steps: steps(goal.within, words) };
      return goal.country === undefined
        ? say('workshop.goalReachDecisionMaker', params)
        : say('workshop.goalReachCountryDecisionMaker', { ...params, country: words.country(goal.country) });
    }
    case 'group-reach-at-least':
      return say('workshop.goalGroupReach', { community: goal.community, share: words.share(goal.value), steps: steps(goal.k, words) });
    case 'inclusion-at-least':
      return say('workshop.goalInclusion', { share: words.share(goal.value), steps: steps(goal.k, words) });
    case 'reach-without-facilitator-at-least':
      return say('workshop.goalReachWithoutFacilitator', {
        facilitator: facilitator ?? say('workshop.theFacilitator'), share: words.share(goal.value), steps: steps(goal.k, words),
      });
    case 'overlap-at-most':
      return say('workshop.goalOverlap', { share: words.share(goal.value) });
    case 'no-cut-off':
      return say('workshop.goalNoCutOff', { steps: steps(goal.k, words) });
  }
}
