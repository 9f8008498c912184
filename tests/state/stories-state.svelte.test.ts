import { describe, expect, it } from 'vitest';
import { readStory, writeStory } from '../../src/core/story/story-file';
import { ScenarioState } from '../../src/state/scenario-state.svelte';
import { StoriesState } from '../../src/state/stories-state.svelte';
import { ViewState } from '../../src/state/view-state.svelte';
import { smallNetwork } from '../fixtures/load';

function setup() {
  const scenarios = new ScenarioState(smallNetwork());
  const view = new ViewState();
  return { scenarios, view, stories: new StoriesState(scenarios, view) };
}

describe('StoriesState', () => {
  it('StoriesState adds the view on screen as a step: the scenario\'s edits, the year, the selected actor, k and sizes', () => {
    const { scenarios, view, stories } = setup();
    stories.create('Mine');
    scenarios.apply({ op: 'addTie', tie: { id: 'x', source: 'rae', target: 'police', kind: 'partnership' } });
    scenarios.update({ note: 'A tie to the police.' });
    view.k = 3;
    view.year = 2009;
    view.select('rae');
    view.sizeBy = 'betweenness';
    stories.addCurrentView();
    const [step] = stories.editing!.steps;
    expect(step).toEqual({
      title: 'Scenario 1', caption: 'A tie to the police.', edits: scenarios.active!.edits, year: 2009, focus: ['rae'], k: 3, sizeBy: 'betweenness',
    });
  });

  it('StoriesState reorders, captions and deletes steps, and its stories read back from their own file format', () => {
    const { stories } = setup();
    stories.create();
    stories.addCurrentView();
    stories.addCurrentView();
    stories.updateStep(1, { title: 'Second' });
    stories.moveStep(1, -1);
    expect(stories.editing!.steps.map((s) => s.title)).toEqual(['Second', 'The network as the report describes it']);
    stories.deleteStep(0);
    expect(stories.editing!.steps).toHaveLength(1);
    const read = readStory(writeStory(stories.editing!), 'mine.story.json');
    expect(read.ok && read.story).toEqual(stories.editing);
  });
});
