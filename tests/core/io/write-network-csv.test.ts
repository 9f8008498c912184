import { describe, expect, it } from 'vitest';
import { writeActorsCsv, writeTiesCsv } from '../../../src/core/io/write-network-csv';
import type { Network } from '../../../src/core/model/types';

const network = (): Network => ({
  schemaVersion: 1,
  title: 'T',
  facilitator: 'fac',
  actors: [
    { id: 'fac', name: 'Agency', kind: 'un', country: 'regional', level: 'regional', evidence: [{ quote: 'It helps, "always".', section: 'Intro' }] },
    { id: 'x', name: '=HYPERLINK("http://evil")', kind: 'media', country: 'BiH', level: 'local', since: 2001, note: '+1 vote', extra: { type: 'blog', Budget: '@100' } },
  ],
  ties: [{ id: 'x--fac', source: 'x', target: 'fac', kind: 'dialogue', until: 2010, note: '-', extra: { weight: '\tw' } }],
});

describe('writeActorsCsv', () => {
  it('writeActorsCsv writes a header, one row per actor, the facilitator mark, evidence as JSON and extra columns', () => {
    expect(writeActorsCsv(network()).split('\r\n')).toEqual([
      'id,name,short,kind,country,level,community,capacity,since,memberCount,note,facilitator,evidence,extra.type,Budget',
      'fac,Agency,,un,regional,regional,,,,,,yes,"[{""quote"":""It helps, \\""always\\""."",""section"":""Intro""}]",,',
      `x,"'=HYPERLINK(""http://evil"")",,media,BiH,local,,,2001,,'+1 vote,,,blog,'@100`,
      '',
    ]);
  });
});

describe('writeTiesCsv', () => {
  it('writeTiesCsv prefixes every cell a spreadsheet would run, tab included', () => {
    expect(writeTiesCsv(network())).toBe(`id,source,target,kind,since,until,note,weight\r\nx--fac,x,fac,dialogue,,2010,'-,'\tw\r\n`);
  });
});
