import { describe, expect, it } from 'vitest';
import { writeNetworkJson } from '../../../src/core/io/write-network-json';
import { smallNetwork } from '../../fixtures/load';

describe('writeNetworkJson', () => {
  it('writeNetworkJson puts schemaVersion first and scenarios last', () => {
    const data = JSON.parse(writeNetworkJson(smallNetwork(), [{ id: 's' }])) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['schemaVersion', 'title', 'facilitator', 'actors', 'ties', 'scenarios']);
    expect(data.scenarios).toEqual([{ id: 's' }]);
  });

  it('writeNetworkJson leaves scenarios out when none are given', () => {
    expect(JSON.parse(writeNetworkJson(smallNetwork()))).toEqual(smallNetwork());
  });
});
