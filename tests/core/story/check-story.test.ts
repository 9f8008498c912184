import { describe, expect, it } from 'vitest';
import type { Network } from '../../../src/core/model/types';
import { checkStoryAgainst, directionOf, numbersOf, stepNetwork, type Story, type StoryStep } from '../../../src/core/story';
import { network, ties } from '../metrics/helpers';

/** F facilitates c1 and c2; c1 also sits in a forum with d1 and d2 (since 2009); d3 is F's only way to c2. */
const baseline = (): Network => {
  const net = network(
    ['F:un', 'c1:womens_org:A', 'c2:womens_org:B', 'fo:forum', 'd1:government', 'd2:security', 'd3:un'],
    ties('F-c1', 'F-c2', 'c1-fo', 'fo-d1', 'fo-d2', 'F-d3'),
  );
  net.ties.find((t) => t.id === 'c1-fo')!.since = 2009;
  return net;
};

const step = (partial: Partial<StoryStep>): StoryStep => ({ title: 'S', caption: 'C', edits: [], year: null, focus: [], k: 2, ...partial });
const story = (...steps: StoryStep[]): Story => ({ schemaVersion: 1, format: 'bridgework-story', id: 's', title: 'S', steps });

describe('stepNetwork', () => {
  it('stepNetwork applies the step edits to the baseline, then keeps what existed in the step year', () => {
    const shown = stepNetwork(baseline(), step({ edits: [{ op: 'removeTie', id: 'F-d3' }], year: 2008 }));
    expect(shown.ties.map((t) => t.id)).toEqual(['F-c1', 'F-c2', 'fo-d1', 'fo-d2']);
    expect(baseline().ties).toHaveLength(6);
  });

  it('stepNetwork with year null and no edits is the baseline itself', () => {
    expect(stepNetwork(baseline(), step({}))).toEqual(baseline());
  });
});

describe('numbersOf and directionOf', () => {
  it('numbersOf gives the headline numbers worked out by hand', () => {
    // c1 reaches d1, d2 (forum) and d3 (via F): 3 of 3; c2 reaches d3 via F: 1 of 3.
    const numbers = numbersOf(baseline(), 2);
    expect(numbers.reach).toBeCloseTo(4 / 6);
    expect(numbers.inclusion).toBeCloseTo(1 / 3);
    expect(numbers.leastIncluded).toBe('B');
    // Without F: c1 keeps d1 and d2 (2 of 3), c2 reaches nothing.
    expect(numbers.reachWithoutFacilitator).toBeCloseTo(2 / 6);
    expect(numbers.groups).toEqual({ A: 1, B: 1 / 3, other: null });
  });

  it('directionOf reads up, down and same, and has no direction for n/a', () => {
    expect(directionOf(0.2, 0.3)).toBe('up');
    expect(directionOf(0.3, 0.2)).toBe('down');
    expect(directionOf(0.1 + 0.2, 0.3)).toBe('same');
    expect(directionOf(null, 0.3)).toBeNull();
  });
});

describe('checkStoryAgainst', () => {
  it('checkStoryAgainst finds nothing wrong with a story that fits its network', () => {
    const s = story(
      step({ year: 2008, focus: ['c1'] }),
      step({ year: null, expect: { reach: 'up' } }),
      step({ edits: [{ op: 'removeActor', id: 'F' }], expect: { relativeTo: 'baseline', reach: 'down', inclusion: 'down', groups: { A: 'down' } } }),
    );
    expect(checkStoryAgainst(s, baseline())).toEqual([]);
  });

  it('checkStoryAgainst reports edits that do not apply and focus ids the step does not show', () => {
    const s = story(step({ title: 'One', edits: [{ op: 'removeTie', id: 'ghost' }], focus: ['nobody'] }), step({ title: 'Two', year: 2008, focus: ['fo', 'c1'] }));
    expect(checkStoryAgainst(s, baseline())).toEqual([
      'step 1 ("One"): Edit 1 (remove tie "ghost") is skipped: there is no tie "ghost" in the network.',
      'step 1 ("One"), focus[1]: "nobody" is not in the network',
    ]);
    const removed = story(step({ title: 'Gone', edits: [{ op: 'removeActor', id: 'c1' }], focus: ['c1'] }));
    expect(checkStoryAgainst(removed, baseline())).toEqual(['step 1 ("Gone"), focus[1]: "c1" is not in the network']);
  });

  it('checkStoryAgainst names the year when a focus actor did not exist yet', () => {
    const net = baseline();
    net.actors.find((a) => a.id === 'fo')!.since = 2009;
    expect(checkStoryAgainst(story(step({ title: 'Early', year: 2005, focus: ['fo'] })), net)).toEqual([
      'step 1 ("Early"), focus[1]: "fo" is not in the network in 2005',
    ]);
  });

  it('checkStoryAgainst holds every expected direction to the numbers, against the previous step by default', () => {
    const s = story(
      step({ title: 'Base' }),
      step({ title: 'Cut', edits: [{ op: 'removeTie', id: 'fo-d1' }], expect: { reach: 'up', inclusion: 'same', overlap: 'down', groups: { A: 'same' } } }),
    );
    expect(checkStoryAgainst(s, baseline())).toEqual([
      'step 2 ("Cut"), expect: Reach should go up from the previous step, but it goes from 66.7% to 50.0% (down)',
      'step 2 ("Cut"), expect: Overlap should go down from the previous step, but it goes from 0.0% to 0.0% (same)',
      'step 2 ("Cut"), expect: Reach of the A community should stay the same as the previous step, but it goes from 100.0% to 66.7% (down)',
    ]);
  });
});
