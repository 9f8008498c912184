import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type NetworkRead } from '../../../src/core/io/network-read';
import { readCsvNetwork } from '../../../src/core/io/read-csv-network';
import { readCsvTieList } from '../../../src/core/io/read-csv-tie-list';
import { readGexf } from '../../../src/core/io/read-gexf';
import { readGraphml } from '../../../src/core/io/read-graphml';
import { readNetworkFile } from '../../../src/core/io/read-network-file';
import { readNetworkJson } from '../../../src/core/io/read-network-json';
import { validateNetwork } from '../../../src/core/model/validate';
import { fixtureText } from '../../fixtures/load';
import { ioFixture } from '../../fixtures/io/load-io';

/** Either a refusal with readable errors, or a network that validates: nothing else, and no throw. */
function expectSound(result: NetworkRead): void {
  if (result.ok) {
    expect(validateNetwork(result.network).ok).toBe(true);
    expect(result.warnings.every((w) => typeof w === 'string')).toBe(true);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors.every((e) => typeof e === 'string' && e.length > 0)).toBe(true);
  }
}

const bytes = fc.uint8Array({ maxLength: 300 });
const binaryish = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  bytes.map((b) => new TextDecoder('latin1').decode(b)),
  bytes.map((b) => new TextDecoder('utf-8').decode(b)),
);

/** Text made of the tokens a format is built from, so the parsers get past their first character. */
const tokens = (parts: string[]) => fc.array(fc.constantFrom(...parts), { maxLength: 60 }).map((p) => p.join(''));
const csvTokens = tokens(['id', 'name', 'source', 'target', 'kind', 'country', 'since', '__proto__', 'constructor', 'facilitator', 'UN Women', 'un', 'yes', '2008', '-1', ',', ';', '"', '""', '\n', '\r\n', ' ', 'a', 'B', "'=", '\t']);
const xmlTokens = tokens(['<gexf>', '</gexf>', '<graphml>', '</graphml>', '<graph>', '</graph>', '<nodes>', '</nodes>', '<edges>', '</edges>', '<node id="a"', '<node id="b" label="B"', '<edge source="a" target="b"', '/>', '>', '</node>', '</edge>', '<attvalues>', '<attvalue for="0" value="x"/>', '<attributes class="node"><attribute id="0" title="kind"/></attributes>', '<key id="k" for="node" attr.name="__proto__"/>', '<data key="k">', '</data>', '&amp;', '&#0;', '<!--', '-->', '<![CDATA[', ']]>', '"', ' ']);

/** A valid file with random slices cut out, duplicated and overwritten. */
function mutated(text: string): fc.Arbitrary<string> {
  const edit = fc.record({ at: fc.nat(text.length), cut: fc.nat(20), insert: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('"', '<', '>', ',', '\n', '{', '}', '__proto__')) });
  return fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) =>
    edits.reduce((t, { at, cut, insert }) => {
      const i = at % (t.length + 1);
      return t.slice(0, i) + insert + t.slice(i + cut);
    }, text),
  );
}

const RUNS = { numRuns: 120 };

describe('importers on hostile input', () => {
  afterEach(() => {
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('readNetworkJson never throws on arbitrary, binary or mutated text', () => {
    fc.assert(fc.property(fc.oneof(binaryish, fc.json(), mutated(fixtureText('small-network.json'))), (text) => expectSound(readNetworkJson(text, 'x.json'))), RUNS);
  });

  it('readCsvTieList never throws on arbitrary, binary, token or mutated text', () => {
    fc.assert(fc.property(fc.oneof(binaryish, csvTokens, mutated(ioFixture('tie-list.csv'))), (text) => expectSound(readCsvTieList({ name: 'x.csv', text }))), RUNS);
  });

  it('readCsvNetwork never throws on arbitrary, token or mutated pairs of files', () => {
    const actors = fc.oneof(binaryish, csvTokens, mutated(ioFixture('actors.csv')));
    const ties = fc.oneof(binaryish, csvTokens, mutated(ioFixture('ties.csv')));
    fc.assert(fc.property(actors, ties, (a, t) => expectSound(readCsvNetwork({ name: 'a.csv', text: a }, { name: 't.csv', text: t }))), RUNS);
  });

  it('readGexf never throws on arbitrary, binary, token or mutated text', () => {
    fc.assert(fc.property(fc.oneof(binaryish, xmlTokens, mutated(ioFixture('network.gexf'))), (text) => expectSound(readGexf({ name: 'x.gexf', text }))), RUNS);
  });

  it('readGraphml never throws on arbitrary, binary, token or mutated text', () => {
    fc.assert(fc.property(fc.oneof(binaryish, xmlTokens, mutated(ioFixture('network.graphml'))), (text) => expectSound(readGraphml({ name: 'x.graphml', text }))), RUNS);
  });

  it('readNetworkFile never throws whatever the name and text', () => {
    const name = fc.tuple(fc.string({ maxLength: 6 }), fc.constantFrom('.json', '.csv', '.gexf', '.graphml', '.xml', '.tsv', '', '.CSV')).map(([b, e]) => b + e);
    fc.assert(fc.property(name, fc.oneof(binaryish, csvTokens, xmlTokens), (n, text) => expectSound(readNetworkFile(n, text))), RUNS);
  });
});
