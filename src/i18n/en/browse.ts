// Finding an actor, and switching between the map and the list.

export const browse = {
  'browse.view': 'View',
  'browse.map': 'Map',
  'browse.list': 'List',
  'browse.findActor': 'Find actor',
  'browse.findPlaceholder': 'Find actor by name or acronym',
  'browse.find': 'Find',
  'browse.showing': 'Showing {name}',
} as const;
