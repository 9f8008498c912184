import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Graph from 'graphology';
import { write as graphologyWriteGexf } from 'graphology-gexf';
import { readNetworkFile, readNetworkFiles } from '../../../src/core/io/read-network-file';
import { writeGexf } from '../../../src/core/io/write-gexf';
import { writeActorsCsv, writeTiesCsv } from '../../../src/core/io/write-network-csv';
import { writeNetworkJson } from '../../../src/core/io/write-network-json';
import type { Network } from '../../../src/core/model/types';
import { smallNetwork } from '../../fixtures/load';
import { arbitraryNetwork } from './arbitrary-network';

function read(files: Array<{ name: string; text: string }>): Network {
  const result = readNetworkFiles(files);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.network;
}

/** Actors, ties and facilitator, compared by id whatever their order. */
function content(network: Network) {
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { facilitator: network.facilitator, actors: byId(network.actors), ties: byId(network.ties) };
}

const withEverything = (): Network => {
  const network = smallNetwork();
  network.actors[1]!.extra = { Budget: '€10,000', type: 'umbrella', 'extra.x': '=cmd' };
  network.actors[2]!.note = 'said "<no>" & left,\n\tthen came back';
  network.ties[0]!.extra = { weight: '-2' };
  return network;
};

describe('round trips', () => {
  it('writeNetworkJson then readNetworkFile keeps the network whole', () => {
    expect(read([{ name: 'n.json', text: writeNetworkJson(withEverything()) }])).toEqual(withEverything());
  });

  it('writeGexf then readNetworkFile keeps actors, ties, attributes, evidence and the title', () => {
    const back = read([{ name: 'n.gexf', text: writeGexf(withEverything()) }]);
    expect(content(back)).toEqual(content(withEverything()));
    expect(back.title).toBe(withEverything().title);
  });

  it('writeActorsCsv and writeTiesCsv then readNetworkFiles keep actors, ties and the facilitator', () => {
    const network = withEverything();
    const back = read([{ name: 'ties.csv', text: writeTiesCsv(network) }, { name: 'actors.csv', text: writeActorsCsv(network) }]);
    expect(content(back)).toEqual(content(network));
  });

  it('writeNetworkJson, writeGexf and writeActorsCsv with writeTiesCsv, read back, keep any valid network', () => {
    fc.assert(
      fc.property(arbitraryNetwork, (network) => {
        expect(read([{ name: 'n.json', text: writeNetworkJson(network) }])).toEqual(network);
        expect(content(read([{ name: 'n.gexf', text: writeGexf(network) }]))).toEqual(content(network));
        const csv = read([{ name: 'a.csv', text: writeActorsCsv(network) }, { name: 't.csv', text: writeTiesCsv(network) }]);
        expect(content(csv)).toEqual(content(network));
      }),
      { numRuns: 150 },
    );
  });

  it('readNetworkFile reads the GEXF that graphology (as Gephi files are written) produces', () => {
    const graph = new Graph({ type: 'undirected', multi: true });
    graph.addNode('kwn', { label: "Kosovo Women's Network", kind: 'network', country: 'Kosovo', level: 'national', size: 12 });
    graph.addNode('un-women', { label: 'UN Women', kind: 'un', country: 'regional', level: 'regional' });
    graph.addEdgeWithKey('e1', 'kwn', 'un-women', { kind: 'partnership', since: 2002 });
    const result = readNetworkFile('graphology.gexf', graphologyWriteGexf(graph));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.network.actors[0]).toEqual({ id: 'kwn', name: "Kosovo Women's Network", kind: 'network', country: 'Kosovo', level: 'national' });
    expect(result.network.ties).toEqual([{ id: 'e1', source: 'kwn', target: 'un-women', kind: 'partnership', since: 2002 }]);
    expect(result.network.facilitator).toBe('un-women');
  });
});
