// The sentences a trainee reads about goals, attempts and guesses, in English: the wording the core
// uses by default, and the keys the interface's catalogues translate (src/i18n/*/workshop.ts).

/** Plural forms chosen by `count`, as the interface's catalogues write them. */
interface Forms {
  one: string;
  other: string;
}

export const workshopSentences = {
  /** Number words for step counts, from zero, separated by "|"; larger numbers are written as digits. */
  'workshop.numberWords': 'no|one|two|three|four|five|six|seven|eight|nine|ten',
  'workshop.steps': { one: '{number} step', other: '{number} steps' },
  'workshop.theFacilitator': 'the facilitator',

  'workshop.goalReachDecisionMaker': '{actor} reaches a decision-maker within {steps}.',
  'workshop.goalReachCountryDecisionMaker': '{actor} reaches a {country} decision-maker within {steps}.',
  'workshop.goalGroupReach': "The {community} community's civil society reaches at least {share} of decision-makers within {steps}, on average.",
  'workshop.goalInclusion': "Inclusion is at least {share}: every community's civil society reaches at least {share} of decision-makers within {steps}, on average.",
  'workshop.goalReachWithoutFacilitator': 'Without {facilitator}, Reach is at least {share} within {steps}.',
  'workshop.goalOverlap': "Overlap is at most {share}: no more than that share of the partners' contacts is shared by two or more partners.",
  'workshop.goalNoCutOff': 'No civil-society actor is cut off: each reaches a decision-maker within {steps}.',

  'workshop.pathNotInNetwork': '{actor} is not in the network; the goal is {goal}.',
  'workshop.pathRemoved': '{actor} was removed, so it reaches no one.',
  'workshop.pathUnreachable': '{actor} cannot reach any decision-maker; the goal is {goal}.',
  'workshop.pathUnreachableCountry': '{actor} cannot reach any {country} decision-maker; the goal is {goal}.',
  'workshop.pathNoChain': 'No chain of ties leads from {actor} to a decision-maker.',
  'workshop.pathNoChainCountry': 'No chain of ties leads from {actor} to a {country} decision-maker.',
  'workshop.pathDistance': '{actor} is {steps} from the nearest decision-maker ({nearest}); the goal is {goal}.',
  'workshop.pathDistanceCountry': '{actor} is {steps} from the nearest {country} decision-maker ({nearest}); the goal is {goal}.',
  'workshop.pathReached': '{actor} reaches {nearest} in {steps}: {route}.',
  'workshop.pathTooLong': 'The shortest path to a decision-maker is {route}: {steps}, {more} more than the goal allows.',
  'workshop.pathTooLongCountry': 'The shortest path to a {country} decision-maker is {route}: {steps}, {more} more than the goal allows.',
  'workshop.pathForumsNote': 'Forums, networks and the facilitator on the way are not decision-makers themselves (METRICS.md).',

  'workshop.cutOffNone': 'No civil-society actor is cut off within {steps}; the goal is none.',
  'workshop.cutOffAllReach': {
    one: 'The only civil-society actor reaches at least one decision-maker within {steps}.',
    other: 'All {count} civil-society actors reach at least one decision-maker within {steps}.',
  },
  'workshop.cutOffSome': {
    one: '{count} civil-society actor reaches no decision-maker within {steps} ({names}); the goal is none.',
    other: '{count} civil-society actors reach no decision-maker within {steps} ({names}); the goal is none.',
  },
  'workshop.cutOffUnreachable': '{actor} cannot reach any decision-maker at all.',
  'workshop.cutOffNearest': "{actor}'s nearest decision-maker is {steps} away: {route}.",

  'workshop.groupMissing': 'The {community} community has no civil-society actor in the network; the goal is at least {share}.',
  'workshop.groupMeasured': "Reach is measured from civil-society actors (women's organisations, civil society, networks) of the community.",
  'workshop.groupDistance': 'The {community} community reaches {percent} of decision-makers within {steps}, on average; the goal is at least {share}.',
  'workshop.groupActor': {
    one: '{actor} reaches {reached} of {count} decision-maker within {steps}.',
    other: '{actor} reaches {reached} of {count} decision-makers within {steps}.',
  },
  'workshop.inclusionNotAvailable': 'Inclusion is n/a (no community has a civil-society actor that could reach a decision-maker); the goal is at least {share}.',
  'workshop.inclusionDistance': 'Inclusion is {percent} (least included: the {community} community); the goal is at least {share}.',
  'workshop.inclusionMet': 'Every community reaches at least {share}; the lowest is the {community} community at {percent}.',
  'workshop.inclusionCommunity': 'The {community} community reaches {percent} of decision-makers within {steps}.',
  'workshop.inclusionAdvice': 'Inclusion rises only when the worst-off rise: start with the {community} community.',

  'workshop.withoutNotAvailable': 'Without {facilitator}, Reach is n/a; the goal is at least {share}.',
  'workshop.withoutAbsent': '{facilitator} is not in the network, so Reach without it is Reach itself.',
  'workshop.withoutWith': 'With {facilitator}, Reach is {percent}.',
  'workshop.withoutActor': {
    one: '{actor} reaches {count} decision-maker within {steps} with {facilitator}, {after} without.',
    other: '{actor} reaches {count} decision-makers within {steps} with {facilitator}, {after} without.',
  },
  'workshop.withoutDistance': 'Without {facilitator}, Reach is {percent}; the goal is at least {share}.',
  'workshop.overlapNotAvailable': "Overlap is n/a (the facilitator or its partners' contacts are missing); the goal is at most {share}.",
  'workshop.overlapDistance': {
    one: "Overlap is {percent}: {count} of the partners' {total} contacts is shared by two or more partners; the goal is at most {share}.",
    other: "Overlap is {percent}: {count} of the partners' {total} contacts are shared by two or more partners; the goal is at most {share}.",
  },
  'workshop.overlapContact': {
    one: '{actor} is a contact of {count} partner: {partners}.',
    other: '{actor} is a contact of {count} partners: {partners}.',
  },
  'workshop.overlapAdvice': 'A partner whose contacts no other partner has lowers Overlap; one who knows the same people raises it.',

  'workshop.overBudgetTies': { one: 'You used {count} tie; the budget is {limit}.', other: 'You used {count} ties; the budget is {limit}.' },
  'workshop.overBudgetBrokers': { one: 'You used {count} broker; the budget is {limit}.', other: 'You used {count} brokers; the budget is {limit}.' },
  'workshop.overBudgetPartners': { one: 'You used {count} partner; the budget is {limit}.', other: 'You used {count} partners; the budget is {limit}.' },
  'workshop.overBudgetRemovals': { one: 'You used {count} removal; the budget is {limit}.', other: 'You used {count} removals; the budget is {limit}.' },
  'workshop.notAllowedTies': {
    one: 'This exercise does not use ties, and the attempt has {count} tie.',
    other: 'This exercise does not use ties, and the attempt has {count} ties.',
  },
  'workshop.notAllowedBrokers': {
    one: 'This exercise does not use brokers, and the attempt has {count} broker.',
    other: 'This exercise does not use brokers, and the attempt has {count} brokers.',
  },
  'workshop.notAllowedPartners': {
    one: 'This exercise does not use partners, and the attempt has {count} partner.',
    other: 'This exercise does not use partners, and the attempt has {count} partners.',
  },
  'workshop.notAllowedRemovedActors': {
    one: 'This exercise does not use removed actors, and the attempt has {count} removed actor.',
    other: 'This exercise does not use removed actors, and the attempt has {count} removed actors.',
  },
  'workshop.notAllowedRemovedTies': {
    one: 'This exercise does not use removed ties, and the attempt has {count} removed tie.',
    other: 'This exercise does not use removed ties, and the attempt has {count} removed ties.',
  },
  'workshop.notAllowedChanges': {
    one: "Changing an actor's attributes is not one of this exercise's moves ({count} change).",
    other: "Changing an actor's attributes is not one of this exercise's moves ({count} changes).",
  },

  'workshop.guessSentence': 'You ranked {actor} {guessed}; by brokerage it is {brokerage}; {reach}.',
  'workshop.guessBrokerage': '{rank} of the {count} you ranked ({overall} of all {total})',
  'workshop.guessBrokerageJoint': 'joint {rank} of the {count} you ranked ({overall} of all {total})',
  'workshop.guessReachNone': 'reach is n/a, as it is not a civil-society actor',
  'workshop.guessReach': 'by reach it is {rank} of the {count} civil-society actors you ranked',
  'workshop.guessReachJoint': 'by reach it is joint {rank} of the {count} civil-society actors you ranked',
} as const satisfies Record<string, string | Forms>;

export type SentenceKey = keyof typeof workshopSentences;
export type SentenceParams = Record<string, string | number>;

/** The wording of the workshop's sentences in one language: the interface passes its own, the core defaults to English. */
export interface Words {
  /** A sentence or clause by key, its `{placeholders}` filled; `count` picks the plural form. */
  say(key: SentenceKey, params?: SentenceParams): string;
  /** A rank as a sentence places it: "4th" in English. */
  ordinal(n: number): string;
  /** A computed share, one decimal: "24.7%", or "n/a". */
  percent(value: number | null | undefined): string;
  /** A goal's share as written: "20%", "16.5%". */
  share(value: number): string;
  /** A country of the data ("BiH") as the sentences name it. */
  country(country: string): string;
}
