import { describe, expect, it } from 'vitest';
import { networkIds } from '../../../src/core/model/network-ids';
import { smallNetwork } from '../../fixtures/load';

describe('networkIds', () => {
  it('networkIds keeps the first of a repeated id and says the network repeats one', () => {
    const network = smallNetwork();
    const first = network.actors[0]!;
    const repeated = { ...network, actors: [...network.actors, { ...first, name: 'Again' }] };
    expect(networkIds(network).repeats).toBe(false);
    expect(networkIds(repeated).actors.get(first.id)).toBe(first);
    expect(networkIds(repeated).repeats).toBe(true);
  });

  it('networkIds is built once per network, and again for a list that grew', () => {
    const network = smallNetwork();
    const ids = networkIds(network);
    expect(networkIds(network)).toBe(ids);
    network.ties.push({ id: 'late', source: network.actors[0]!.id, target: network.actors[1]!.id, kind: 'partnership' });
    expect(networkIds(network).ties.get('late')).toBeDefined();
  });
});
