import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import westernBalkans from '../../../data/western-balkans-2011.json';
import { buildGraphIndex } from '../../../src/core/graph';
import type { Network } from '../../../src/core/model/types';
import { networkInYear, yearRange } from '../../../src/core/scenario';
import { arbitraryNetwork, network } from '../metrics/helpers';

const dated = (): Network => {
  const net = network(['F:un', 'a:womens_org', 'b:government', 'c:network'], []);
  net.actors[3]!.since = 2006;
  net.ties = [
    { id: 'old', source: 'a', target: 'b', kind: 'partnership', since: 2002, until: 2005 },
    { id: 'open', source: 'F', target: 'a', kind: 'partnership' },
    { id: 'late', source: 'F', target: 'b', kind: 'mou', since: 2008 },
    { id: 'to-c', source: 'c', target: 'b', kind: 'dialogue', since: 2003 },
  ];
  return net;
};

describe('networkInYear', () => {
  it('networkInYear drops ties with since after the year or until before it, both ends inclusive', () => {
    const ids = (year: number) => networkInYear(dated(), year).ties.map((t) => t.id);
    expect(ids(2001)).toEqual(['open']);
    expect(ids(2002)).toEqual(['old', 'open']);
    expect(ids(2005)).toEqual(['old', 'open']);
    expect(ids(2006)).toEqual(['open', 'to-c']);
    expect(ids(2008)).toEqual(['open', 'late', 'to-c']);
  });

  it('networkInYear leaves out actors not founded yet and their ties', () => {
    const net = networkInYear(dated(), 2004);
    expect(net.actors.map((a) => a.id)).toEqual(['F', 'a', 'b']);
    expect(net.ties.map((t) => t.id)).not.toContain('to-c');
  });

  it('networkInYear indexes to the same graph as buildGraphIndex with that year', () => {
    const withYears = arbitraryNetwork.chain((net) =>
      fc
        .record({
          since: fc.array(fc.option(fc.integer({ min: 2000, max: 2010 }), { nil: undefined }), { minLength: net.ties.length + net.actors.length, maxLength: net.ties.length + net.actors.length }),
          year: fc.integer({ min: 1999, max: 2011 }),
        })
        .map(({ since, year }) => {
          net.actors.forEach((a, i) => { if (since[i] !== undefined) a.since = since[i]; });
          net.ties.forEach((t, i) => {
            const s = since[net.actors.length + i];
            if (s !== undefined) Object.assign(t, i % 2 ? { since: s } : { until: s });
          });
          return { net, year };
        }),
    );
    fc.assert(
      fc.property(withYears, ({ net, year }) => {
        const a = buildGraphIndex(networkInYear(net, year));
        const b = buildGraphIndex(net, { year });
        expect(a.ids).toEqual(b.ids);
        expect(a.edgeTies).toEqual(b.edgeTies);
      }),
      { numRuns: 150 },
    );
  });
});

describe('yearRange', () => {
  it('yearRange spans every since and until; null when there is none', () => {
    expect(yearRange(dated())).toEqual([2002, 2008]);
    expect(yearRange(network(['a:un'], []))).toBeNull();
  });

  it('yearRange of the embedded network runs from 2002 to 2011', () => {
    expect(yearRange(westernBalkans as Network)).toEqual([2002, 2011]);
  });
});
