import { describe, expect, it } from 'vitest';
import { layoutInputOf } from '../../../src/core/layout/layout-input';
import { overlayStatuses, timelineStatuses } from '../../../src/core/scenario/link-status';
import { ADDED, REMOVED, SAME, UNDATED, overlayScenario } from '../../../src/core/scenario/overlay';
import { actor, network, ties } from '../metrics/helpers';

describe('overlayStatuses', () => {
  it('overlayStatuses marks a link new only if all its ties are, gone only if all are', () => {
    const before = network(['a:womens_org', 'b:government', 'c:media', 'd:media'], ties('a-b', 'b-c', 'c-d', 'c-d'));
    const after = {
      ...before,
      actors: [...before.actors, actor('e:un')],
      ties: [before.ties[1]!, before.ties[3]!, ...ties('d-e'), { id: 'b-a', source: 'b', target: 'a', kind: 'mou' as const }],
    };
    const overlay = overlayScenario(before, after);
    const input = layoutInputOf(overlay.network);
    const { actors, links } = overlayStatuses(input, overlay);
    const linkOf = (x: string, y: string) => {
      for (let e = 0; e < links.length; e++) {
        const ends = [input.ids[input.links[2 * e]!], input.ids[input.links[2 * e + 1]!]];
        if (ends.includes(x) && ends.includes(y)) return links[e];
      }
      return undefined;
    };
    expect(actors[input.ids.indexOf('e')]).toBe(ADDED);
    expect(linkOf('d', 'e')).toBe(ADDED);
    expect(linkOf('b', 'c')).toBe(SAME);
    expect(linkOf('c', 'd')).toBe(SAME);
    expect(linkOf('a', 'b')).toBe(SAME);
  });

  it('overlayStatuses marks a link removed when its only tie is gone', () => {
    const before = network(['a:womens_org', 'b:government'], ties('a-b'));
    const overlay = overlayScenario(before, { ...before, ties: [] });
    expect(Array.from(overlayStatuses(layoutInputOf(overlay.network), overlay).links)).toEqual([REMOVED]);
  });

  it('timelineStatuses marks links without a start year as undated', () => {
    const net = network(['a:womens_org', 'b:government', 'c:media'], ties('a-b', 'b-c'));
    net.ties[0] = { ...net.ties[0]!, since: 2010 };
    const input = layoutInputOf(net);
    expect(Array.from(timelineStatuses(input, net).links)).toEqual([SAME, UNDATED]);
  });
});
