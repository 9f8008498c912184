// Small builders for hand-worked test networks, and a fast-check arbitrary for random ones.

import fc from 'fast-check';
import type { Actor, ActorKind, Country, Network, Tie } from '../../../src/core/model/types';

/** "id:kind[:community[:country]]", e.g. "c1:womens_org:Roma:Kosovo". */
export function actor(spec: string): Actor {
  const [id, kind, community, country] = spec.split(':');
  return {
    id: id!,
    name: id!,
    kind: kind as ActorKind,
    country: (country || 'Kosovo') as Country,
    level: 'local',
    ...(community ? { community } : {}),
  };
}

/** "a-b" ties get ids "a-b", "a-b#2", ... in order. */
export function ties(...pairs: string[]): Tie[] {
  const seen = new Map<string, number>();
  return pairs.map((pair) => {
    const [source, target] = pair.split('-');
    const count = (seen.get(pair) ?? 0) + 1;
    seen.set(pair, count);
    return { id: count > 1 ? `${pair}#${count}` : pair, source: source!, target: target!, kind: 'partnership' };
  });
}

export function network(actors: string[], tieList: Tie[], facilitator = 'F'): Network {
  return { schemaVersion: 1, title: 'test', facilitator, actors: actors.map(actor), ties: tieList };
}

const KINDS: ActorKind[] = ['womens_org', 'civil_society', 'network', 'government', 'un', 'security', 'media', 'forum'];
const FACILITATOR_KINDS: ActorKind[] = ['un', 'international', 'donor', 'forum'];

/**
 * Random small networks: 2..12 actors of mixed kinds, communities and countries, random ties
 * (self loops, parallel and reversed ties included), and usually a facilitator of a kind
 * outside C (so "removing F never raises Reach" is a theorem, see the report).
 */
export const arbitraryNetwork: fc.Arbitrary<Network> = fc
  .integer({ min: 2, max: 12 })
  .chain((n) =>
    fc.record({
      kinds: fc.array(fc.constantFrom(...KINDS), { minLength: n, maxLength: n }),
      communities: fc.array(fc.constantFrom('A', 'B', 'C', undefined), { minLength: n, maxLength: n }),
      countries: fc.array(fc.constantFrom<Country>('Kosovo', 'BiH', 'Serbia'), { minLength: n, maxLength: n }),
      facilitatorKind: fc.option(fc.constantFrom(...FACILITATOR_KINDS), { nil: undefined }),
      pairs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 3 * n }),
    }),
  )
  .map(({ kinds, communities, countries, facilitatorKind, pairs }) => {
    const actors: Actor[] = kinds.map((kind, i) => ({
      id: `a${i}`,
      name: `a${i}`,
      kind: i === 0 && facilitatorKind ? facilitatorKind : kind,
      country: countries[i]!,
      level: 'local',
      ...(communities[i] ? { community: communities[i] } : {}),
    }));
    const tieList: Tie[] = pairs.map(([s, t], e) => ({
      id: `t${e}`,
      source: `a${s}`,
      target: `a${t}`,
      kind: 'partnership',
    }));
    return { schemaVersion: 1, title: 'random', facilitator: facilitatorKind ? 'a0' : 'none', actors, ties: tieList };
  });

/** Deterministic shuffle (for order-independence tests). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A seeded random graph as a network of `n` media actors and about `m` ties. */
export function randomGraph(n: number, m: number, random: () => number): Network {
  const actors = Array.from({ length: n }, (_, i) => `v${i}:media`);
  const pairs: string[] = [];
  for (let e = 0; e < m; e++) pairs.push(`v${Math.floor(random() * n)}-v${Math.floor(random() * n)}`);
  return network(actors, ties(...pairs), 'none');
}
