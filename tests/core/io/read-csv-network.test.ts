import { describe, expect, it } from 'vitest';
import { MAX_ACTORS } from '../../../src/core/io/limits';
import { readCsvNetwork } from '../../../src/core/io/read-csv-network';
import { ioFile } from '../../fixtures/io/load-io';

const ACTORS = 'id,name,kind,country,level\nfac,Agency,un,regional,regional\nkwn,KWN,network,Kosovo,national\n';
const TIES = 'source,target,kind\nkwn,fac,partnership\n';
const read = (actors: string, ties = TIES, options = {}) => readCsvNetwork({ name: 'actors.csv', text: actors }, { name: 'ties.csv', text: ties }, options);
const errorsOf = (result: ReturnType<typeof read>) => (result.ok ? ['(no errors)'] : result.errors);
const KINDS = 'womens_org, civil_society, network, forum, government, parliament, security, justice, international, un, donor, media, academia, faith, person';

describe('readCsvNetwork', () => {
  it('readCsvNetwork reads actors and ties with friendly column names and spellings', () => {
    const result = readCsvNetwork(ioFile('actors.csv'), ioFile('ties.csv'));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const { actors, ties, facilitator } = result.network;
    expect(facilitator).toBe('un-women');
    expect(actors.map((a) => [a.id, a.kind, a.country, a.level])).toEqual([
      ['un-women', 'un', 'regional', 'regional'],
      ['kwn', 'network', 'Kosovo', 'national'],
      ['rae', 'womens_org', 'Kosovo', 'local'],
      ['police', 'security', 'Kosovo', 'national'],
      ['board', 'forum', 'BiH', 'national'],
      ['ngo', 'civil_society', 'Serbia', 'national'],
    ]);
    expect(actors[1]).toEqual({ id: 'kwn', name: "Kosovo Women's Network", short: 'KWN', kind: 'network', country: 'Kosovo', level: 'national', since: 2000, extra: { Budget: '€10,000' } });
    expect(actors[4]?.memberCount).toBe(19);
    expect(ties.map((t) => [t.id, t.kind])).toEqual([
      ['kwn--un-women', 'partnership'], ['rae--kwn', 'membership'], ['kwn--police', 'training'],
      ['board--un-women', 'coordination'], ['ngo--un-women', 'funding'], ['police--board', 'dialogue'],
    ]);
    expect(ties[0]?.extra).toEqual({ weight: '3' });
    expect(ties[2]?.note).toBe('trained 40 officers, in 2009');
    expect(result.warnings).toEqual([
      'actors.csv: 1 actor has no level (line 7); it was given "national"',
      'actors.csv: no facilitator was named, so "UN Women" (un-women) was taken; name another with a facilitator column or option',
    ]);
  });

  it('readCsvNetwork names the file, line and field of a value it does not know', () => {
    const result = read(ACTORS + 'x,Some NGO,charity,Serbia,local\n');
    expect(errorsOf(result)).toEqual([`actors.csv, line 4, kind: expected one of ${KINDS}; got "charity"`]);
  });

  it('readCsvNetwork names the line of a bad year, an unknown actor and a repeated id', () => {
    const result = read(ACTORS + 'kwn,Again,network,Kosovo,national\n', 'source,target,kind,since\nkwn,fac,partnership,soon\nkwn,nobody,mou,\n');
    expect(errorsOf(result)).toEqual([
      'actors.csv, line 4, id: repeats "kwn", already used by an earlier actor',
      'ties.csv, line 2, since: expected a year such as 2008, got "soon"',
      'ties.csv, line 3, target: names actor "nobody", which is not in the network',
    ]);
  });

  it('readCsvNetwork names a missing column and the columns the file has', () => {
    expect(errorsOf(read('id,kind\nfac,un\n'))).toEqual(['actors.csv, line 1: no name column (its columns are "id", "kind")']);
    expect(errorsOf(read(ACTORS, 'from,kind\nfac,mou\n'))).toEqual(['ties.csv, line 1: no target column (its columns are "from", "kind")']);
  });

  it('readCsvNetwork refuses two columns that mean the same field', () => {
    expect(errorsOf(read('id,name,Type,kind\nfac,Agency,un,un\n'))).toEqual(['actors.csv, line 1: columns "Type" and "kind" both mean kind; keep one']);
  });

  it('readCsvNetwork names the line of an unclosed quote and of a row with too many cells', () => {
    expect(errorsOf(read(ACTORS, 'source,target\nkwn,fac\nkwn,"fac\n'))).toEqual(['ties.csv, line 3: a quoted cell is never closed (a " is missing)']);
    expect(errorsOf(read(ACTORS + 'x,X,un,BiH,local,surplus\n'))).toEqual(['actors.csv, line 4: has 6 cells but the header (line 1) names 5 columns']);
  });

  it('readCsvNetwork lists 20 problems and counts the rest', () => {
    const rows = Array.from({ length: 25 }, (_, i) => `a${i},A${i},charity,BiH,local\n`).join('');
    const errors = errorsOf(read(ACTORS + rows));
    expect(errors).toHaveLength(21);
    expect(errors[0]).toMatch(/^actors\.csv, line 4, kind: /);
    expect(errors[20]).toBe('…and 5 more problems');
  });

  it('readCsvNetwork takes the facilitator from a column, or from the option by id or name', () => {
    const marked = read('id,name,facilitator\nfac,Agency,\nkwn,KWN,yes\n');
    expect(marked.ok && marked.network.facilitator).toBe('kwn');
    expect(marked.ok && marked.warnings.some((w) => w.includes('facilitator'))).toBe(false);
    expect(read(ACTORS, TIES, { facilitator: 'kwn' }).ok && read(ACTORS, TIES, { facilitator: 'KWN' }).ok).toBe(true);
    const byName = read(ACTORS, TIES, { facilitator: 'agency' });
    expect(byName.ok && byName.network.facilitator).toBe('fac');
  });

  it('readCsvNetwork refuses an unknown facilitator option and two marked facilitators', () => {
    expect(errorsOf(read(ACTORS, TIES, { facilitator: 'Nobody' }))).toEqual(['actors.csv: the facilitator "Nobody" given in the options is not one of the actors']);
    expect(errorsOf(read('id,name,facilitator\nfac,Agency,x\nkwn,KWN,true\n'))).toEqual(['actors.csv: 2 actors are marked as the facilitator (line 2, line 3); mark only one']);
  });

  it('readCsvNetwork takes the actor with most ties as facilitator when none is named and there is no UN Women', () => {
    const result = read(ACTORS + 'ngo,NGO,civil_society,Serbia,local\n', 'source,target\nkwn,fac\nngo,kwn\n');
    expect(result.ok && result.network.facilitator).toBe('kwn');
    expect(result.ok && result.warnings.at(-1)).toBe('actors.csv: no facilitator was named and there is no "UN Women", so "KWN" (kwn), the actor with the most ties (2), was taken; name another with a facilitator column or option');
  });

  it('readCsvNetwork makes ids from names when there is no id column', () => {
    const result = read('Name,Kind,Country,Level\nŽene Ženama,womens_org,BiH,national\nWomen in Black,womens_org,Serbia,national\n', 'source,target\nŽene Ženama,Women in Black\n');
    expect(result.ok && result.network.actors.map((a) => a.id)).toEqual(['zene-zenama', 'women-in-black']);
    expect(result.ok && result.network.ties[0]).toEqual({ id: 'zene-zenama--women-in-black', source: 'zene-zenama', target: 'women-in-black', kind: 'partnership' });
  });

  it('readCsvNetwork numbers repeated tie ids with the kind, then a count', () => {
    const result = read(ACTORS, 'source,target,kind\nkwn,fac,partnership\nkwn,fac,funding\nkwn,fac,funding\n');
    expect(result.ok && result.network.ties.map((t) => t.id)).toEqual(['kwn--fac', 'kwn--fac--funding', 'kwn--fac--funding--2']);
  });

  it('readCsvNetwork drops prototype-polluting column names with a warning', () => {
    const result = read('id,name,__proto__,constructor,prototype,ok\nfac,Agency,{"polluted":1},x,y,z\nkwn,KWN,,,,\n');
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.network.actors[0]?.extra).toEqual({ ok: 'z' });
    expect(Object.getPrototypeOf(result.network.actors[0]?.extra)).toBe(Object.prototype);
    expect(result.warnings[0]).toBe('actors.csv: ignored "__proto__", "constructor", "prototype": reserved names that cannot be kept');
  });

  it('readCsvNetwork refuses a reserved name as an id or community, which later code would use as a key', () => {
    expect(errorsOf(read('id,name,community\n__proto__,Odd,\nkwn,KWN,constructor\n', 'source,target\nkwn,__proto__\n'))).toEqual([
      'actors.csv, line 2, id: "__proto__" is a reserved name; choose another',
      'actors.csv, line 3, community: "constructor" is a reserved name; choose another',
    ]);
  });

  it('readCsvNetwork reads semicolons, a byte order mark, blank lines and a spreadsheet\'s 2008.0', () => {
    const result = read('\uFEFFid;name;since\n\nfac;Agency;2008.0\n;;\nkwn;KWN;\n');
    expect(result.ok && result.network.actors.map((a) => [a.id, a.since])).toEqual([['fac', 2008], ['kwn', undefined]]);
    expect(result.ok && result.warnings[0]).toBe('actors.csv: 2 actors have no kind (line 3, line 5); they were given "civil_society"');
  });

  it('readCsvNetwork undoes the formula escape that CSV export adds', () => {
    const result = read(`id,name,note\nfac,Agency,"'=1+1"\nkwn,"'-KWN",''@x\n`);
    expect(result.ok && result.network.actors.map((a) => [a.name, a.note])).toEqual([['Agency', '=1+1'], ['-KWN', "'@x"]]);
  });

  it('readCsvNetwork refuses more actor lines than the limit before parsing', () => {
    const result = read('id,name\n' + 'a,A\n'.repeat(MAX_ACTORS + 1));
    expect(errorsOf(result)).toEqual(['actors.csv: 50,001 lines after the header is more than the limit of 50,000 actors']);
  });
});
