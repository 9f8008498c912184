// The stories panel: the built-in story, the presenter's own, and the step editor.

export const stories = {
  'stories.title': 'Stories',
  'stories.builtIn': '(built in)',
  'stories.builtInOpensReport': "(built in; presenting it opens the report's network)",
  'stories.presentBuiltIn': 'Present story',
  'stories.stepCount': { one: '({count} step)', other: '({count} steps)' },
  'stories.presentNamed': 'Present {title}',
  'stories.present': 'Present',
  'stories.editNamed': 'Edit {title}',
  'stories.edit': 'Edit',
  'stories.new': 'New story',
  'stories.storyTitle': 'Story title',
  'stories.steps': 'Steps',
  'stories.stepTitle': 'Step {number} title',
  'stories.stepCaption': 'Step {number} caption',
  'stories.moveUp': 'Move step {number} up',
  'stories.moveDown': 'Move step {number} down',
  'stories.deleteStep': 'Delete step {number}',
  'stories.delete': 'Delete',
  'stories.addHint': 'Make the view you want (a scenario, a year on the timeline, a selected actor, k, sizes), then:',
  'stories.addView': 'Add this view as a step',
  'stories.export': 'Export story',
  'stories.deleteStory': 'Delete story',
  /** A new story's title until the presenter names it. */
  'stories.defaultTitle': 'Story {number}',
  /** A step made while no scenario is open. */
  'stories.baselineStep': 'The network as the report describes it',
} as const;
