// Seeded random networks shaped like the app's data, for the benchmark.

import type { Actor, ActorKind, Country, Network, Tie } from '../../src/core/model/types';
import { COUNTRIES } from '../../src/core/model/types';
import { mulberry32 } from '../../src/core/metrics/random';

// Roughly the mix of the report's network: a third civil society, a fifth decision-makers.
const KIND_WEIGHTS: Array<[ActorKind, number]> = [
  ['womens_org', 20], ['civil_society', 10], ['network', 5], ['forum', 5],
  ['government', 8], ['parliament', 3], ['security', 3], ['justice', 2], ['international', 4], ['un', 2],
  ['donor', 5], ['media', 5], ['academia', 4], ['faith', 2], ['person', 22],
];
const COMMUNITIES = ['Kosovo Serb', 'Kosovo Albanian', 'Roma, Ashkali and Egyptian', 'Bosniak', 'survivors', 'rural women'];

function pick<T>(random: () => number, weighted: Array<[T, number]>): T {
  const total = weighted.reduce((sum, [, w]) => sum + w, 0);
  let x = random() * total;
  for (const [value, w] of weighted) if ((x -= w) < 0) return value;
  return weighted[weighted.length - 1]![0];
}

/**
 * n actors, about 4 ties per actor on average (each newcomer ties to 2 earlier actors, chosen
 * by degree as in Barabási–Albert, usually within its own country), half with a community
 * label, and a facilitator (kind un) tied to about 5% of the actors.
 */
export function makeNetwork(n: number, seed: number): Network {
  const random = mulberry32(seed);
  const actors: Actor[] = [];
  for (let i = 0; i < n; i++) {
    actors.push({
      id: `a${i}`,
      name: `Actor ${i}`,
      kind: i === 0 ? 'un' : pick(random, KIND_WEIGHTS),
      country: COUNTRIES[Math.floor(random() * COUNTRIES.length)] as Country,
      level: 'national',
      ...(random() < 0.5 ? { community: COMMUNITIES[Math.floor(random() * COMMUNITIES.length)]! } : {}),
    });
  }
  const ties: Tie[] = [];
  const ends: number[] = []; // every tie end once: sampling from it is sampling by degree
  const add = (s: number, t: number) => {
    ties.push({ id: `t${ties.length}`, source: `a${s}`, target: `a${t}`, kind: 'partnership' });
    ends.push(s, t);
  };
  for (let i = 1; i < n; i++) {
    for (let e = 0; e < Math.min(2, i); e++) {
      let target = ends.length === 0 || random() < 0.2 ? Math.floor(random() * i) : ends[Math.floor(random() * ends.length)]!;
      for (let tries = 0; tries < 5 && actors[target]!.country !== actors[i]!.country; tries++) {
        target = ends.length === 0 ? Math.floor(random() * i) : ends[Math.floor(random() * ends.length)]!;
      }
      add(i, target === i ? 0 : target);
    }
  }
  for (let i = 1; i < n; i++) if (random() < 0.05) add(0, i);
  return { schemaVersion: 1, title: `bench ${n}`, facilitator: 'a0', actors, ties };
}
