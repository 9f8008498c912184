import { describe, expect, it } from 'vitest';
import { MAX_ACTORS } from '../../../src/core/io/limits';
import { readGexf } from '../../../src/core/io/read-gexf';
import { ioFile, ioFixture } from '../../fixtures/io/load-io';

const gexf = (body: string, model = '') =>
  `<?xml version="1.0"?>\n<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n<graph defaultedgetype="undirected">\n${model}${body}\n</graph>\n</gexf>\n`;
const read = (text: string) => readGexf({ name: 'net.gexf', text });
const errorsOf = (result: ReturnType<typeof read>) => (result.ok ? ['(no errors)'] : result.errors);

describe('readGexf', () => {
  it('readGexf maps labels and attributes to fields, keeps the rest in extra, and warns of defaults', () => {
    const result = readGexf(ioFile('network.gexf'));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.network.title).toBe('Gephi test network');
    expect(result.network.actors).toEqual([
      { id: 'fac', name: 'Facilitating Agency', kind: 'un', country: 'regional', level: 'regional', extra: { 'Modularity Class': '1' } },
      { id: 'wn', name: "Women's Network", kind: 'network', country: 'Kosovo', level: 'national', since: 2000, extra: { 'Modularity Class': '2' } },
      { id: 'ngo', name: "Citizens' Association", kind: 'civil_society', country: 'regional', level: 'regional' },
    ]);
    expect(result.network.ties).toEqual([
      { id: 'e1', source: 'wn', target: 'fac', kind: 'partnership', extra: { weight: '2.0' } },
      { id: 'e2', source: 'ngo', target: 'fac', kind: 'funding' },
      { id: 'e3', source: 'ngo', target: 'wn', kind: 'partnership', extra: { label: 'met twice' } },
    ]);
    expect(result.warnings).toEqual([
      'network.gexf: 3 actors have no level (node "fac" (line 18), node "wn" (line 27), node "ngo" (line 35)); they were given "regional" or "national"',
      'network.gexf: 1 actor has no country (node "ngo" (line 35)); it was given "regional"',
      'network.gexf: 1 tie has no kind (edge "e3" (line 44)); it was given "partnership"',
      'network.gexf: no facilitator was named and there is no "UN Women", so "Facilitating Agency" (fac), the actor with the most ties (2), was taken; name another with a facilitator column or option',
    ]);
  });

  it('readGexf refuses a DOCTYPE or ENTITY before parsing (billion laughs, XXE)', () => {
    expect(readGexf(ioFile('billion-laughs.gexf'))).toEqual({
      ok: false,
      file: 'billion-laughs.gexf',
      errors: ['billion-laughs.gexf: refused, because it declares a DOCTYPE or an ENTITY, which XML attacks use to read other files or expand without end; remove the <!DOCTYPE …> part and try again'],
    });
    const xxe = ioFixture('network.gexf').replace('<gexf ', '<!DOCTYPE gexf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<gexf ');
    expect(errorsOf(read(xxe))[0]).toMatch(/^net\.gexf: refused, because it declares a DOCTYPE/);
  });

  it('readGexf names the node and its line in a validation error', () => {
    const result = read(gexf('<nodes>\n<node id="a" label="A"/>\n<node id="b" label="B">\n<attvalues><attvalue for="kind" value="charity"/></attvalues>\n</node>\n</nodes>'));
    expect(errorsOf(result)).toEqual([
      'net.gexf, node "b" (line 6), kind: expected one of womens_org, civil_society, network, forum, government, parliament, security, justice, international, un, donor, media, academia, faith, person; got "charity"',
    ]);
  });

  it('readGexf names the edge of an edge to a missing node', () => {
    const result = read(gexf('<nodes><node id="a" label="A"/></nodes>\n<edges><edge id="e9" source="a" target="zz"/></edges>'));
    expect(errorsOf(result)).toEqual(['net.gexf, edge "e9" (line 5), target: names actor "zz", which is not in the network']);
  });

  it('readGexf names the line and column of malformed XML', () => {
    expect(errorsOf(read('<gexf>\n  <graph>\n</gexf>'))).toEqual(['net.gexf, line 2, column 10: not well-formed XML (Opening and ending tag mismatch: "graph" != "gexf")']);
    expect(errorsOf(read('not xml at all'))).toEqual(['net.gexf, line 1, column 1: not well-formed XML (missing root element)']);
  });

  it('readGexf refuses a document that is not GEXF', () => {
    expect(errorsOf(read('<graphml/>'))).toEqual(['net.gexf: expected a <gexf> root element, found <graphml>']);
  });

  it('readGexf leaves out self-loops and names unlabelled nodes by id, with warnings', () => {
    const result = read(gexf('<nodes><node id="a"/><node id="b" label="B"/></nodes><edges><edge source="a" target="b"/><edge id="loop" source="a" target="a"/></edges>'));
    expect(result.ok && result.network.actors[0]?.name).toBe('a');
    expect(result.ok && result.network.ties.map((t) => t.id)).toEqual(['a--b']);
    expect(result.ok && result.warnings.slice(0, 2)).toEqual([
      'net.gexf: 1 node has no label (node "a" (line 4)); the id was taken as the name',
      'net.gexf: left out 1 edge from a node to itself (edge "loop" (line 4))',
    ]);
  });

  it('readGexf drops attribute titles that would pollute a prototype', () => {
    const model = '<attributes class="node"><attribute id="0" title="__proto__" type="string"/><attribute id="1" title="constructor" type="string"/></attributes>\n';
    const result = read(gexf('<nodes><node id="a" label="A"><attvalues><attvalue for="0" value="{&quot;polluted&quot;:1}"/><attvalue for="1" value="x"/></attvalues></node></nodes>', model));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok && result.network.actors[0]?.extra).toBeUndefined();
    expect(result.ok && result.warnings[0]).toBe('net.gexf: ignored "__proto__", "constructor": reserved names that cannot be kept');
  });

  it('readGexf counts nodes before parsing and refuses too many', () => {
    const result = read(gexf(`<nodes>${'<node id="x"/>'.repeat(MAX_ACTORS + 1)}</nodes>`));
    expect(errorsOf(result)).toEqual(['net.gexf: 50,001 <node> elements is more than the limit of 50,000 actors']);
  });
});
