// The goal as a trainee reads it: one sentence in the app's words.

import type { Goal } from './types';
import { share, steps, type Names } from './words';

/** "Network of Roma, ... reaches a Kosovo decision-maker within two steps", and so on for each goal type. */
export function describeGoal(goal: Goal, name: Names, facilitator = 'the facilitator'): string {
  switch (goal.type) {
    case 'reach-decision-maker':
      return `${name(goal.actor)} reaches a ${goal.country === undefined ? '' : `${goal.country} `}decision-maker within ${steps(goal.within)}.`;
    case 'group-reach-at-least':
      return `The ${goal.community} community's civil society reaches at least ${share(goal.value)} of decision-makers within ${steps(goal.k)}, on average.`;
    case 'inclusion-at-least':
      return `Inclusion is at least ${share(goal.value)}: every community's civil society reaches at least ${share(goal.value)} of decision-makers within ${steps(goal.k)}, on average.`;
    case 'reach-without-facilitator-at-least':
      return `Without ${facilitator}, Reach is at least ${share(goal.value)} within ${steps(goal.k)}.`;
    case 'overlap-at-most':
      return `Overlap is at most ${share(goal.value)}: no more than that share of the partners' contacts is shared by two or more partners.`;
    case 'no-cut-off':
      return `No civil-society actor is cut off: each reaches a decision-maker within ${steps(goal.k)}.`;
  }
}
