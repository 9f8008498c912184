import { describe, expect, it } from 'vitest';
import { actorFacts, describeMap, listed, neighbourhoodOf } from '../../src/components/describe-map';
import { buildGraphIndex } from '../../src/core/graph/build-graph-index';
import { stepsFrom } from '../../src/core/graph/steps-from';
import { smallNetwork } from '../fixtures/load';

const network = smallNetwork();
const index = buildGraphIndex(network);
const actor = (id: string) => network.actors.find((a) => a.id === id)!;

describe('actorFacts', () => {
  it('actorFacts names the kind, the country as the legend does, and the ties', () => {
    expect(actorFacts(actor('ministry'), 1)).toEqual(['Government', 'Bosnia and Herzegovina', '1 tie']);
    expect(actorFacts(actor('fac'), 4)).toEqual(['UN agency', 'Regional', '4 ties']);
  });
});

describe('listed', () => {
  it('listed joins names with commas and "and", and counts the rest past the limit', () => {
    expect(listed([])).toBe('');
    expect(listed(['A'])).toBe('A');
    expect(listed(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listed(['A', 'B', 'C', 'D'], 2)).toBe('A, B and 2 more');
  });
});

describe('neighbourhoodOf', () => {
  it('neighbourhoodOf names the direct ties A to Z and counts the decision-makers within k, never the facilitator', () => {
    // From the Women's Network: fac, rae and police one step away; board, ngo and donor two; ministry three.
    const near = neighbourhoodOf(network.actors, stepsFrom(index, index.indexOf.get('wn')!, 2), index.indexOf.get('wn')!, 2, network.facilitator);
    expect(near).toEqual({
      name: "Women's Network",
      direct: ['Facilitating Agency', 'Police Service', "Roma Women's Group"],
      within: 6,
      decisionMakers: 1,
      k: 2,
    });
  });
});

describe('describeMap', () => {
  const base = { actors: 8, ties: 7, hidden: 0, year: null, scenario: null, selected: null };

  it('describeMap gives the counts and points to the list view', () => {
    expect(describeMap(base)).toBe('Network map of 8 actors and 7 ties. The List view shows the same network as a table.');
  });

  it('describeMap names the scenario, the year and what the filters hide', () => {
    expect(describeMap({ ...base, scenario: 'Without UN Women', year: 2005, hidden: 1 }))
      .toBe('Network map of 8 actors and 7 ties in the scenario Without UN Women, as it stood in 2005. 1 actor hidden by the filters. '
        + 'The List view shows the same network as a table.');
  });

  it('describeMap puts the selected actor\'s neighbourhood in words', () => {
    const selected = { name: 'Police Service', direct: ["Women's Network"], within: 3, decisionMakers: 1, k: 2 };
    expect(describeMap({ ...base, selected })).toBe('Network map of 8 actors and 7 ties. Selected: Police Service. '
      + "Tied directly to 1 actor: Women's Network. Within 2 steps: 3 actors, 1 of them a decision-maker. "
      + 'The List view shows the same network as a table.');
    expect(describeMap({ ...base, selected: { ...selected, direct: [], within: 0, decisionMakers: 0 } })).toContain('It has no ties.');
  });
});
