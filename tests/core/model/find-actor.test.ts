import { describe, expect, it } from 'vitest';
import { filterActors, findActors } from '../../../src/core/model/find-actor';
import type { Actor } from '../../../src/core/model/types';

const actor = (id: string, name: string, short?: string): Actor =>
  ({ id, name, ...(short ? { short } : {}), kind: 'womens_org', country: 'Kosovo', level: 'local' }) as Actor;

const ACTORS = [
  actor('kwn', "Kosovo Women's Network", 'KWN'),
  actor('kgsc', 'Kosovo Gender Studies Centre', 'KGSC'),
  actor('rwl', 'Regional Women’s Lobby', 'RWL'),
  actor('sn', 'Žene u crnom'),
  actor('net', 'Network of Roma Women'),
];

describe('findActors', () => {
  it('findActors ranks an exact acronym first, then names that start with it, then words, then anywhere', () => {
    expect(findActors(ACTORS, 'kwn').map((a) => a.id)).toEqual(['kwn']);
    expect(findActors(ACTORS, 'kosovo').map((a) => a.id)).toEqual(['kwn', 'kgsc']);
    expect(findActors(ACTORS, 'network').map((a) => a.id)).toEqual(['net', 'kwn']);
    // Equally good matches: the shorter name first.
    expect(findActors(ACTORS, 'omen').map((a) => a.id)).toEqual(['net', 'kwn', 'rwl']);
  });

  it('findActors ignores accents, case and the kind of apostrophe, and finds nothing for nothing typed', () => {
    expect(findActors(ACTORS, 'zene').map((a) => a.id)).toEqual(['sn']);
    expect(findActors(ACTORS, "women's lobby").map((a) => a.id)).toEqual(['rwl']);
    expect(findActors(ACTORS, '  ')).toEqual([]);
    expect(findActors(ACTORS, 'o', 2)).toHaveLength(2);
  });
});

describe('filterActors', () => {
  it('filterActors keeps, in their order, the actors whose name or acronym contains the text', () => {
    expect(filterActors(ACTORS, 'women').map((a) => a.id)).toEqual(['kwn', 'rwl', 'net']);
    expect(filterActors(ACTORS, 'GSC').map((a) => a.id)).toEqual(['kgsc']);
    expect(filterActors(ACTORS, 'ŽENE').map((a) => a.id)).toEqual(['sn']);
    expect(filterActors(ACTORS, 'nobody')).toEqual([]);
  });

  it('filterActors gives every actor back, as the same list, when nothing is typed', () => {
    expect(filterActors(ACTORS, '')).toBe(ACTORS);
    expect(filterActors(ACTORS, '   ')).toBe(ACTORS);
  });
});
