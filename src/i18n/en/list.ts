// The list view: the network as a sortable table.

export const list = {
  'list.caption': {
    one: '{count} actor. Choose a column heading to sort; choose a name to select the actor.',
    other: '{count} actors. Choose a column heading to sort; choose a name to select the actor.',
  },
  'list.name': 'Name',
  'list.acronym': 'Acronym',
  'list.kind': 'Kind',
  'list.country': 'Country',
  'list.tiedTo': 'Tied to',
  'list.reach': 'Reach',
  'list.betweenness': 'Betweenness',
  'list.showing': 'Showing the first {shown} of {total}.',
  'list.showMore': { one: 'Show {count} more actor', other: 'Show {count} more actors' },
  'list.filter': 'Filter the list',
  'list.filterPlaceholder': 'Filter by name or acronym',
  'list.matching': { one: '{count} of {total} actors matches', other: '{count} of {total} actors match' },
  'list.noMatch': 'No actor matches "{query}".',
} as const;
