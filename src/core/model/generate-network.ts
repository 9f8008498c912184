// Seeded, realistic test networks of any size: countries, communities and kinds in the report's proportions, clustered.

import { mulberry32 } from '../metrics/random';
import { COUNTRIES, type Actor, type ActorKind, type Country, type Level, type Network, type Tie } from './types';

// Roughly the mix of the report's network: a third civil society, a fifth decision-makers.
const KIND_WEIGHTS: Array<[ActorKind, number]> = [
  ['womens_org', 20], ['civil_society', 10], ['network', 5], ['forum', 5],
  ['government', 8], ['parliament', 3], ['security', 3], ['justice', 2], ['international', 4], ['un', 2],
  ['donor', 5], ['media', 5], ['academia', 4], ['faith', 2], ['person', 22],
];
const COMMUNITIES = ['Kosovo Serb', 'Kosovo Albanian', 'Roma, Ashkali and Egyptian', 'Bosniak', 'survivors', 'rural women'];
const LEVELS: Array<[Level, number]> = [['local', 5], ['meso', 2], ['national', 4], ['regional', 1], ['international', 1]];
const NAMES: Partial<Record<ActorKind, string>> = {
  womens_org: "Women's association", civil_society: 'Citizens\u2019 initiative', network: 'Network', forum: 'Working group',
  government: 'Ministry office', parliament: 'Parliamentary committee', security: 'Police unit', justice: 'Court',
  international: 'Mission office', un: 'UN agency office', donor: 'Donor', media: 'Media outlet', academia: 'University centre',
  faith: 'Faith community', person: 'Liaison officer',
};

function pick<T>(random: () => number, weighted: Array<[T, number]>): T {
  const total = weighted.reduce((sum, [, w]) => sum + w, 0);
  let x = random() * total;
  for (const [value, w] of weighted) if ((x -= w) < 0) return value;
  return weighted[weighted.length - 1]![0];
}

/**
 * n actors, about 4 ties per actor on average: each newcomer ties to 2 earlier actors chosen by
 * degree (Barabási and Albert 1999), usually within its own country, so countries cluster; half
 * carry a community label; a facilitator (kind un, id "a0") is tied to about 5% of the actors.
 */
export function generateNetwork(n: number, seed: number): Network {
  const random = mulberry32(seed);
  const actors: Actor[] = [];
  for (let i = 0; i < n; i++) {
    const kind = i === 0 ? 'un' : pick(random, KIND_WEIGHTS);
    const country = i === 0 ? 'regional' : (COUNTRIES[Math.floor(random() * COUNTRIES.length)] as Country);
    actors.push({
      id: `a${i}`,
      name: i === 0 ? 'Facilitating agency' : `${NAMES[kind] ?? 'Actor'} ${i}`,
      kind,
      country,
      level: i === 0 ? 'regional' : pick(random, LEVELS),
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
  return { schemaVersion: 1, title: `Generated network of ${n} actors (seed ${seed})`, facilitator: 'a0', actors, ties };
}
