import { describe, expect, it } from 'vitest';
import { readGraphml } from '../../../src/core/io/read-graphml';
import { ioFile } from '../../fixtures/io/load-io';

const read = (text: string) => readGraphml({ name: 'net.graphml', text });

describe('readGraphml', () => {
  it('readGraphml maps keys to fields, applies key defaults, skips graphics and keeps the rest in extra', () => {
    const result = readGraphml(ioFile('network.graphml'));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.network.actors).toEqual([
      { id: 'wib', name: 'Women in Black', kind: 'womens_org', country: 'Serbia', level: 'national', extra: { website: 'https://example.org' } },
      { id: 'ministry', name: 'Ministry of Justice', kind: 'government', country: 'Serbia', level: 'national' },
      { id: 'n3', name: 'n3', kind: 'civil_society', country: 'Serbia', level: 'national' },
    ]);
    expect(result.network.ties).toEqual([
      { id: 'e0', source: 'wib', target: 'ministry', kind: 'dialogue' },
      { id: 'n3--wib', source: 'n3', target: 'wib', kind: 'partnership' },
    ]);
    expect(result.warnings).toEqual([
      'network.graphml: 1 node has no label (node "n3" (line 22)); the id was taken as the name',
      'network.graphml: 3 actors have no level (node "wib" (line 12), node "ministry" (line 18), node "n3" (line 22)); they were given "national"',
      'network.graphml: 1 actor has no kind (node "n3" (line 22)); it was given "civil_society"',
      'network.graphml: 1 tie has no kind (edge 2 (line 26)); it was given "partnership"',
      'network.graphml: no facilitator was named and there is no "UN Women", so "Women in Black" (wib), the actor with the most ties (2), was taken; name another with a facilitator column or option',
    ]);
  });

  it('readGraphml names the node and line of a bad value', () => {
    const text = '<graphml><key id="k" for="node" attr.name="country"/><graph>\n<node id="a"/>\n<node id="b"><data key="k">Mars</data></node>\n</graph></graphml>';
    expect(read(text)).toEqual({
      ok: false,
      file: 'net.graphml',
      errors: ['net.graphml, node "b" (line 3), country: expected one of Kosovo, BiH, Serbia, regional, international; got "Mars"'],
    });
  });

  it('readGraphml drops key names that would pollute a prototype', () => {
    const text = '<graphml><key id="k" for="node" attr.name="__proto__"/><graph><node id="a"><data key="k">{"polluted":1}</data></node><node id="b"/><edge source="a" target="b"/></graph></graphml>';
    const result = read(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok && result.network.actors[0]).toEqual({ id: 'a', name: 'a', kind: 'civil_society', country: 'regional', level: 'regional' });
    expect(result.ok && result.warnings[0]).toBe('net.graphml: ignored "__proto__": reserved name that cannot be kept');
  });

  it('readGraphml refuses an ENTITY declaration', () => {
    const result = read('<!ENTITY x "y"><graphml/>');
    expect(result.ok === false && result.errors[0]).toMatch(/^net\.graphml: refused, because it declares a DOCTYPE or an ENTITY/);
  });

  it('readGraphml refuses a graph with no nodes', () => {
    expect(read('<graphml><graph/></graphml>')).toEqual({ ok: false, file: 'net.graphml', errors: ['net.graphml: no nodes were found'] });
  });
});
