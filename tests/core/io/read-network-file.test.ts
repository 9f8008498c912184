import { describe, expect, it } from 'vitest';
import { MAX_NETWORK_BYTES } from '../../../src/core/io/limits';
import { readNetworkFile, readNetworkFiles } from '../../../src/core/io/read-network-file';
import { fixtureText } from '../../fixtures/load';
import { ioFile, ioFixture } from '../../fixtures/io/load-io';

describe('readNetworkFile', () => {
  it('readNetworkFile picks the reader by extension', () => {
    expect(readNetworkFile('small.json', fixtureText('small-network.json')).ok).toBe(true);
    expect(readNetworkFile('net.GEXF', ioFixture('network.gexf')).ok).toBe(true);
    expect(readNetworkFile('net.graphml', ioFixture('network.graphml')).ok).toBe(true);
    expect(readNetworkFile('list.csv', ioFixture('tie-list.csv')).ok).toBe(true);
  });

  it('readNetworkFile tells GEXF from GraphML in an .xml file by its root element', () => {
    const gexf = readNetworkFile('export.xml', ioFixture('network.gexf'));
    expect(gexf.ok && gexf.network.title).toBe('Gephi test network');
    const graphml = readNetworkFile('export.xml', ioFixture('network.graphml'));
    expect(graphml.ok && graphml.network.actors[0]?.id).toBe('wib');
  });

  it('readNetworkFile reads JSON without a known extension and says when it cannot tell the format', () => {
    expect(readNetworkFile('network', fixtureText('small-network.json')).ok).toBe(true);
    expect(readNetworkFile('notes.docx', 'PK\u0003\u0004')).toEqual({
      ok: false,
      file: 'notes.docx',
      errors: ['notes.docx: cannot tell the format; use a .json, .csv, .gexf, .graphml or .xml file'],
    });
  });

  it('readNetworkFile asks for the ties file when given only an actors file', () => {
    expect(readNetworkFile('actors.csv', ioFixture('actors.csv'))).toEqual({
      ok: false,
      file: 'actors.csv',
      errors: ['actors.csv: looks like a list of actors (it has no source and target columns); choose it together with its ties file'],
    });
  });

  it('readNetworkFile refuses a file over the size limit before parsing it', () => {
    const result = readNetworkFile('huge.gexf', ' '.repeat(MAX_NETWORK_BYTES + 1));
    expect(result).toEqual({ ok: false, file: 'huge.gexf', errors: ['huge.gexf: 50.0 MB is larger than the 50 MB limit'] });
  });
});

describe('readNetworkFiles', () => {
  it('readNetworkFiles tells the actors file from the ties file by their headers, in either order', () => {
    const inOrder = readNetworkFiles([ioFile('actors.csv'), ioFile('ties.csv')]);
    const reversed = readNetworkFiles([ioFile('ties.csv'), ioFile('actors.csv')]);
    expect(inOrder.ok).toBe(true);
    expect(reversed).toEqual(inOrder);
  });

  it('readNetworkFiles refuses two files that are not one actors and one ties CSV', () => {
    expect(readNetworkFiles([ioFile('actors.csv'), ioFile('actors.csv')])).toEqual({
      ok: false,
      file: 'actors.csv',
      errors: ['actors.csv and actors.csv: expected one actors file (with a name column) and one ties file (with source and target columns); actors.csv looks like an actors file, actors.csv looks like an actors file'],
    });
    expect(readNetworkFiles([ioFile('actors.csv'), ioFile('network.gexf')])).toEqual({
      ok: false,
      file: 'actors.csv',
      errors: ['actors.csv and network.gexf: two files must both be CSV, one of actors and one of ties'],
    });
  });

  it('readNetworkFiles refuses no files and more than two', () => {
    expect(readNetworkFiles([])).toEqual({ ok: false, file: '', errors: ['no file was given'] });
    const three = readNetworkFiles([ioFile('actors.csv'), ioFile('ties.csv'), ioFile('tie-list.csv')]);
    expect(three.ok === false && three.errors).toEqual(['actors.csv, ties.csv, tie-list.csv: give one network file, or two CSV files (actors and ties)']);
  });
});
