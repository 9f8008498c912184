// The page around everything: its title, the notices at the bottom.

export const app = {
  'app.title': 'Bridgework',
  'app.scenarioTools': 'Scenario tools',
  'app.storyFailed': 'The story could not be opened: {reason}',
  'app.invalidData': 'The embedded network data is invalid',
} as const;
