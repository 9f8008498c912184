import { describe, expect, it } from 'vitest';
import { readCsvTieList } from '../../../src/core/io/read-csv-tie-list';
import { ioFile } from '../../fixtures/io/load-io';

const read = (text: string, options = {}) => readCsvTieList({ name: 'list.csv', text }, options);

describe('readCsvTieList', () => {
  it('readCsvTieList makes one actor per name, with defaults that warnings report', () => {
    const result = readCsvTieList(ioFile('tie-list.csv'));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.network.title).toBe('tie-list');
    expect(result.network.actors).toEqual([
      { id: 'un-women', name: 'UN Women', kind: 'civil_society', country: 'regional', level: 'regional' },
      { id: 'kosovo-womens-network', name: "Kosovo Women's Network", kind: 'civil_society', country: 'regional', level: 'regional' },
      { id: 'roma-womens-group', name: "Roma Women's Group", kind: 'civil_society', country: 'regional', level: 'regional' },
      { id: 'police-service', name: 'Police Service', kind: 'civil_society', country: 'regional', level: 'regional' },
    ]);
    expect(result.network.ties[0]).toEqual({ id: 'un-women--kosovo-womens-network', source: 'un-women', target: 'kosovo-womens-network', kind: 'partnership', since: 2002 });
    expect(result.network.facilitator).toBe('un-women');
    const places = 'actor "UN Women" on line 2, actor "Kosovo Women\'s Network" on line 2, actor "Roma Women\'s Group" on line 3, actor "Police Service" on line 4';
    expect(result.warnings).toEqual([
      `tie-list.csv: 4 actors have no kind (${places}); they were given "civil_society"`,
      `tie-list.csv: 4 actors have no country (${places}); they were given "regional"`,
      `tie-list.csv: 4 actors have no level (${places}); they were given "regional"`,
      'tie-list.csv: 1 tie has no kind (line 5); it was given "partnership"',
      'tie-list.csv: no facilitator was named, so "UN Women" (un-women) was taken; name another with a facilitator column or option',
    ]);
  });

  it('readCsvTieList treats names alike whatever their case, and keeps the first spelling', () => {
    const result = read('source,target\nKWN,RWL\nkwn,Agency\n');
    expect(result.ok && result.network.actors.map((a) => a.name)).toEqual(['KWN', 'RWL', 'Agency']);
  });

  it('readCsvTieList takes the facilitator option by name', () => {
    const result = read('source,target\nKWN,RWL\nKWN,Agency\n', { facilitator: 'agency' });
    expect(result.ok && result.network.facilitator).toBe('agency');
    expect(result.ok && result.warnings.some((w) => w.includes('facilitator'))).toBe(false);
  });

  it('readCsvTieList names the line and field of a bad tie kind', () => {
    const result = read('source,target,kind\nA,B,partner\nB,C,friends\n');
    expect(result.ok === false && result.errors).toEqual([
      'list.csv, line 3, kind: expected one of partnership, membership, mou, funding, training, coordination, dialogue; got "friends"',
    ]);
  });

  it('readCsvTieList refuses a tie from an actor to itself, naming the line', () => {
    expect(read('source,target\nA,B\nA,a\n')).toEqual({ ok: false, file: 'list.csv', errors: ['list.csv, line 3, target: is the same actor as source'] });
  });

  it('readCsvTieList refuses a file with a header and no ties', () => {
    expect(read('source,target\n')).toEqual({ ok: false, file: 'list.csv', errors: ['list.csv: no actors were found'] });
  });
});
