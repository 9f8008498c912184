import { describe, expect, it } from 'vitest';
import { buildGraphIndex, degreeOf } from '../../../src/core/graph';
import { actor, network, ties } from '../metrics/helpers';

const neighboursOf = (index: ReturnType<typeof buildGraphIndex>, id: string) => {
  const i = index.indexOf.get(id)!;
  return Array.from(index.neighbours.subarray(index.starts[i]!, index.starts[i + 1]!), (j) => index.ids[j]);
};

describe('buildGraphIndex', () => {
  it('buildGraphIndex numbers actors in file order and lays out a sorted CSR', () => {
    const index = buildGraphIndex(
      network(['b:media', 'a:media', 'c:media'], ties('c-b', 'a-c', 'b-a')),
    );
    expect(index.ids).toEqual(['b', 'a', 'c']);
    expect(index.indexOf.get('c')).toBe(2);
    expect(Array.from(index.starts)).toEqual([0, 2, 4, 6]);
    expect(neighboursOf(index, 'b')).toEqual(['a', 'c']);
    expect(Array.from(index.edgeU)).toEqual([0, 0, 1]);
    expect(Array.from(index.edgeV)).toEqual([1, 2, 2]);
  });

  it('buildGraphIndex collapses parallel and reversed ties into one edge, keeping every tie id', () => {
    const index = buildGraphIndex(network(['a:media', 'b:media'], ties('a-b', 'a-b', 'b-a')));
    expect(index.edgeU.length).toBe(1);
    expect(degreeOf(index, 0)).toBe(1);
    expect(index.edgeTies[0]).toEqual(['a-b', 'a-b#2', 'b-a']);
  });

  it('buildGraphIndex drops self loops and ties that name unknown actors', () => {
    const index = buildGraphIndex(network(['a:media', 'b:media'], ties('a-a', 'a-ghost', 'ghost-b', 'a-b')));
    expect(index.edgeU.length).toBe(1);
    expect(index.edgeTies[0]).toEqual(['a-b']);
  });

  it('buildGraphIndex keeps the first of two actors with the same id', () => {
    const index = buildGraphIndex(network(['a:media', 'a:government', 'b:media'], []));
    expect(index.ids).toEqual(['a', 'b']);
    expect(index.isDecisionMaker[0]).toBe(0);
  });

  it('buildGraphIndex marks decision-makers and civil society, never counting the facilitator as a decision-maker', () => {
    const index = buildGraphIndex(
      network(['F:un', 'u:un', 'g:government', 'w:womens_org', 'n:network', 'm:media'], []),
    );
    expect(Array.from(index.isDecisionMaker)).toEqual([0, 1, 1, 0, 0, 0]);
    expect(Array.from(index.isCivilSociety)).toEqual([0, 0, 0, 1, 1, 0]);
    expect(index.facilitator).toBe(0);
  });

  it('buildGraphIndex codes communities and countries by sorted name, with "other" for no community', () => {
    const index = buildGraphIndex(
      network(['a:media:Roma:Serbia', 'b:media', 'c:media:Kosovo Serb:BiH'], []),
    );
    expect(index.communities).toEqual(['Kosovo Serb', 'Roma', 'other']);
    expect(Array.from(index.community)).toEqual([1, 2, 0]);
    expect(index.countries).toEqual(['BiH', 'Kosovo', 'Serbia']);
    expect(Array.from(index.country)).toEqual([2, 1, 0]);
  });

  it('buildGraphIndex sets the facilitator to -1 when the network names no known actor', () => {
    expect(buildGraphIndex(network(['a:media'], [], 'nobody')).facilitator).toBe(-1);
  });

  it('buildGraphIndex without an actor leaves it and its ties out', () => {
    const index = buildGraphIndex(network(['F:un', 'a:media', 'b:media'], ties('F-a', 'a-b', 'F-b')), {
      without: new Set(['F']),
    });
    expect(index.ids).toEqual(['a', 'b']);
    expect(index.edgeU.length).toBe(1);
    expect(index.facilitator).toBe(-1);
  });

  it('buildGraphIndex for a year keeps actors that had started and ties that were live that year, both ends inclusive', () => {
    const net = network(['a:media', 'b:media', 'c:media'], ties('a-b', 'b-c', 'a-c'));
    net.actors[2] = { ...actor('c:media'), since: 2008 };
    net.ties[0] = { ...net.ties[0]!, since: 2005, until: 2009 };
    const at = (year: number) => {
      const index = buildGraphIndex(net, { year });
      return { ids: index.ids, ties: index.edgeTies.flat().sort() };
    };
    expect(at(2004)).toEqual({ ids: ['a', 'b'], ties: [] });
    expect(at(2005)).toEqual({ ids: ['a', 'b'], ties: ['a-b'] });
    expect(at(2009)).toEqual({ ids: ['a', 'b', 'c'], ties: ['a-b', 'a-c', 'b-c'] });
    expect(at(2010)).toEqual({ ids: ['a', 'b', 'c'], ties: ['a-c', 'b-c'] });
  });

  it('buildGraphIndex handles an empty network', () => {
    const index = buildGraphIndex(network([], []));
    expect(index.n).toBe(0);
    expect(Array.from(index.starts)).toEqual([0]);
  });
});
