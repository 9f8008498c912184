// The workshop: its panel, the guess-then-reveal game, and the sentences about goals and attempts (from the core).

import { workshopSentences } from '../../core/workshop/sentences';

export const workshop = {
  'workshop.title': 'Workshop',
  'workshop.exercise': 'Exercise',
  'workshop.chooseExercise': 'Choose an exercise…',
  'workshop.exerciseOption': '{number}. {title}',
  'workshop.loadButton': 'Load exercises…',
  'workshop.loadOwn': 'Your own, in JSON: see data/README.md',
  'workshop.goalLabel': 'Goal:',
  'workshop.budget': 'Budget',
  'workshop.budgetTies': 'new ties: {spent} of {limit}',
  'workshop.budgetBrokers': 'new brokers: {spent} of {limit}',
  'workshop.budgetPartners': 'new partners: {spent} of {limit}',
  'workshop.budgetRemovals': 'removals: {spent} of {limit}',
  'workshop.check': 'Exercise check',
  'workshop.solved': 'Solved!',
  'workshop.metNotAllowed': 'The goal is met, but not within the rules.',
  'workshop.notYet': 'Not yet.',
  'workshop.lessonSource': "The report's lesson: {section}",
  'workshop.hint': 'Hint {number}:',
  'workshop.showHint': 'Show a hint',
  'workshop.reset': 'Reset exercise',
  'workshop.showSolution': 'Show a solution',
  /** The name of the scenario that holds a trainee's attempt. */
  'workshop.attemptName': 'Exercise: {title}',

  'workshop.guessTitle': 'Guess, then reveal',
  'workshop.guessIntro': 'Before looking at any number, add the actors you think most influential, most influential first (three to seven).',
  'workshop.yourRanking': 'Your ranking',
  'workshop.reveal': 'Reveal',
  'workshop.guessCaption': "Your ranking against the network's structure",
  'workshop.columnActor': 'Actor',
  'workshop.columnYou': 'You',
  'workshop.columnBrokerage': 'Brokerage',
  'workshop.columnReach': 'Reach',
  'workshop.agreementBrokerage': "Agreement with brokerage (Spearman's ρ): {agreement}.",
  'workshop.agreementReach': 'Agreement with reach, among civil society: {agreement}.',
  'workshop.agreementNone': 'not enough actors to compare',
  'workshop.agreementClose': '{rho} (close to your guess)',
  'workshop.agreementSomewhat': '{rho} (somewhat like your guess)',
  'workshop.agreementUnlike': '{rho} (unlike your guess)',
  'workshop.agreementOpposite': '{rho} (the opposite of your guess)',
  'workshop.guessAgain': 'Guess again',

  ...workshopSentences,
} as const;
