// "What would raise inclusion most?": the search for additions and what it found.

export const suggestions = {
  'suggestions.title': 'Suggestions',
  'suggestions.close': 'Close suggestions',
  'suggestions.hint': 'Which additions would raise inclusion most? Ties are broken by reach, then by lower overlap.',
  'suggestions.searchFor': 'Search for',
  'suggestions.newTies': 'New ties: {select}',
  'suggestions.newTiesCount': 'How many new ties',
  'suggestions.broker': { one: 'A new broker tied to {select} actor', other: 'A new broker tied to {select} actors' },
  'suggestions.brokerCount': 'How many actors the broker is tied to',
  'suggestions.find': 'Find suggestions',
  'suggestions.progress': 'Search progress',
  'suggestions.stale': 'The network has changed since the last search: search again for suggestions that fit it.',
  'suggestions.results': 'Suggested additions',
  'suggestions.addTies': { one: 'Add tie: {pairs}', other: 'Add ties: {pairs}' },
  'suggestions.addBroker': 'Add broker: {name} between {names}',
  'suggestions.change': '{metric} {change}',
  'suggestions.apply': 'Apply',
  'suggestions.applyNumbered': 'Apply suggestion {number}',
  'suggestions.none': 'No addition within this budget raises inclusion.',
  'suggestions.cancelled': 'Search cancelled.',
  'suggestions.failed': 'The search failed: {reason}',
} as const;
