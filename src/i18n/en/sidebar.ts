// The right-hand column around the panels: its name, the panels' headings, the overview of the network.

export const sidebar = {
  'sidebar.label': 'Metrics and details',
  'sidebar.builtInStory': 'Building a women, peace and security network in the Western Balkans, 2002–2011',
  'sidebar.theFacilitator': 'the facilitator',
  'sidebar.without': 'Without {name}',
  'sidebar.closePanel': 'Close {title}',
  'sidebar.facilitator': 'facilitator: {name}',
  'sidebar.source': 'Source: {source}',
  'sidebar.hint':
    "Select an actor on the map or in the list to see its ties and the report's own words behind each one. Drag an actor to pin it; double-click to release it.",
} as const;
