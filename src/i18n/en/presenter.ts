// A story on stage: where the presenter is, the numbers, and the keys that move between steps.

export const presenter = {
  'presenter.counter': 'Step {number} of {count} · {title}',
  'presenter.reach': 'Reach',
  'presenter.inclusion': 'Inclusion',
  'presenter.overlap': 'Overlap',
  'presenter.steps': 'Story steps',
  'presenter.previous': 'Previous step',
  'presenter.next': 'Next step',
  'presenter.end': 'End story',
  'presenter.keys': 'Arrow keys, Page Up and Page Down, or a clicker move between steps; Esc ends the story.',
} as const;
