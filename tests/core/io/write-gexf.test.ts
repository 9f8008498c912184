import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse as graphologyParseGexf } from 'graphology-gexf';
import { analyse } from '../../../src/core/metrics/analyse';
import { readGexf } from '../../../src/core/io/read-gexf';
import { writeGexf } from '../../../src/core/io/write-gexf';
import { smallNetwork } from '../../fixtures/load';

describe('writeGexf', () => {
  it('writeGexf writes GEXF 1.2 in the namespace Gephi reads', () => {
    const text = writeGexf(smallNetwork());
    expect(text).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<gexf xmlns="http:\/\/www\.gexf\.net\/1\.2draft" [^>]*version="1\.2">/);
    expect(text).toContain('<graph mode="static" defaultedgetype="undirected">');
  });

  it('writeGexf output parses with another GEXF reader, attributes and all', () => {
    const graph = graphologyParseGexf(Graph, writeGexf(smallNetwork()));
    expect(graph.order).toBe(8);
    expect(graph.size).toBe(7);
    expect(graph.getNodeAttributes('board')).toMatchObject({ label: 'Coordination Board', kind: 'forum', country: 'BiH', level: 'national', memberCount: 19 });
    expect(graph.getNodeAttribute('fac', 'facilitator')).toBe(true);
    expect(graph.getEdgeAttributes('wn--police')).toMatchObject({ kind: 'training', since: 2009 });
  });

  it('writeGexf adds the metrics of an Analysis as attributes, which readGexf leaves out', () => {
    const network = smallNetwork();
    const text = writeGexf(network, analyse(network));
    const graph = graphologyParseGexf(Graph, text);
    expect(graph.getNodeAttribute('wn', 'metric.degree')).toBe(3);
    expect(Object.keys(graph.getNodeAttributes('wn'))).toEqual(expect.arrayContaining(['metric.reach', 'metric.betweenness', 'metric.fragility']));
    const back = readGexf({ name: 'n.gexf', text });
    expect(back.ok && back.network.actors.every((a) => a.extra === undefined)).toBe(true);
  });

  it('writeGexf replaces characters XML cannot hold and escapes markup', () => {
    const network = smallNetwork();
    network.actors[0]!.note = 'a\u0001b <i>&amp;</i>';
    const back = readGexf({ name: 'n.gexf', text: writeGexf(network) });
    expect(back.ok && back.network.actors[0]?.note).toBe('a\uFFFDb <i>&amp;</i>');
  });
});
