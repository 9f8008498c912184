// The network's health: the headline figures, their changes, the group bars, the formulas and the weak points.

export const metrics = {
  'metrics.title': 'Network health',
  'metrics.steps': 'Steps (k)',
  'metrics.reach': 'Reach',
  'metrics.inclusion': 'Inclusion',
  'metrics.overlap': 'Overlap',
  'metrics.reachExplanation': {
    one: 'of decision-makers an average civil-society actor reaches within {count} step',
    other: 'of decision-makers an average civil-society actor reaches within {count} steps',
  },
  'metrics.inclusionExplanation': 'reach of the least-included community',
  'metrics.inclusionExplanationNamed': 'reach of the least-included community: {community}',
  'metrics.overlapExplanation': "of the partners' contacts that two or more partners already reach",
  'metrics.changeFromBaseline': '{metric} change from baseline',
  'metrics.fromValue': 'from {value}',
  'metrics.pointsUp': '▲ {points} pts',
  'metrics.pointsDown': '▼ {points} pts',
  'metrics.noChange': 'no change',
  'metrics.refining': 'Betweenness: refining… {percent}',
  'metrics.refiningProgress': 'Betweenness progress',
  'metrics.cutOff': {
    one: 'Cut off: {cut} of {count} civil-society actor reaches no decision-maker {within}.',
    other: 'Cut off: {cut} of {count} civil-society actors reach no decision-maker {within}.',
  },
  /** Follows "reach no decision-maker" in the sentence above. */
  'metrics.withinSteps': { one: 'within {count} step', other: 'within {count} steps' },
  'metrics.withoutFacilitator': 'Reach without the facilitator: {value}.',
  'metrics.withoutFacilitatorChange': 'Reach without the facilitator: {value} ({change}).',
  'metrics.withoutFacilitatorLabel': 'Reach without the facilitator',
  'metrics.byGroup': 'Reach by community and by country',
  'metrics.byCommunity': 'By community',
  'metrics.byCountry': 'By country',
  /** The community of actors the data gives none. */
  'metrics.otherCommunity': 'other',
  'metrics.baselineValue': '(baseline {value})',
  'metrics.howComputed': 'How are these computed?',
  'metrics.reachFormula':
    'For each civil-society actor c, {rk} is the share of decision-makers within k steps of c (UN Women, the facilitator, opens doors but is not counted as one). Reach is the mean of {rk}.',
  'metrics.inclusionFormula': "The lowest community mean of {rk}: it rises only when the worst-off community's reach rises.",
  'metrics.overlapFormula':
    "Of all actors tied to at least one of the facilitator's partners, the share tied to two or more: high overlap means partners duplicate each other.",
  'metrics.fragilityTitle': 'Single points of failure',
  'metrics.fragilityHint': 'Without each of these, Reach would fall by:',
  'metrics.tryWithout': 'Try without',
  'metrics.tryWithoutNamed': 'Try without {name}',
  'metrics.noFragility': "No single actor's loss lowers reach.",
  'metrics.workerRestarted': 'The metrics worker stopped and was restarted; the numbers have been recomputed.',
  'metrics.workerRecomputing': 'The metrics worker stopped and was restarted; the numbers are being recomputed.',
  'metrics.failed': 'The metrics could not be computed: {reason}',
  'metrics.compareFailed': 'The comparison could not be computed: {reason}',
} as const;
