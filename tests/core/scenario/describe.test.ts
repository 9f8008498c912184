import { describe, expect, it } from 'vitest';
import type { Network } from '../../../src/core/model/types';
import { addBroker, describeEdit, describeEdits, describeSteps } from '../../../src/core/scenario';

const net: Network = {
  schemaVersion: 1,
  title: 't',
  facilitator: 'unw',
  actors: [
    { id: 'unw', name: 'UN Women', kind: 'un', country: 'regional', level: 'regional' },
    { id: 'kwn', name: "Kosovo Women's Network", short: 'KWN', kind: 'network', country: 'Kosovo', level: 'national' },
    { id: 'kp', name: 'Kosovo Police', kind: 'security', country: 'Kosovo', level: 'national' },
  ],
  ties: [{ id: 'unw--kwn', source: 'unw', target: 'kwn', kind: 'partnership', since: 2002 }],
};

describe('describeEdit', () => {
  it('describeEdit names the actors of a new tie and its kind', () => {
    const text = describeEdit({ op: 'addTie', tie: { id: 'kwn--kp', source: 'kwn', target: 'kp', kind: 'partnership' } }, net);
    expect(text).toBe("Add tie: Kosovo Women's Network — Kosovo Police (partnership)");
  });

  it('describeEdit reads removals, changes and groups as sentences', () => {
    expect(describeEdit({ op: 'removeActor', id: 'kwn' }, net)).toBe("Remove actor: Kosovo Women's Network");
    expect(describeEdit({ op: 'removeTie', id: 'unw--kwn' }, net)).toBe("Remove tie: UN Women — Kosovo Women's Network (partnership, 2002–)");
    expect(describeEdit({ op: 'removeTie', id: 'gone' }, net)).toBe('Remove tie: "gone"');
    expect(describeEdit({ op: 'changeActor', id: 'kp', changes: { kind: 'justice', community: null } }, net)).toBe(
      'Change actor: Kosovo Police: kind to justice institution and clear community',
    );
    expect(describeEdit({ op: 'addActor', actor: { id: 'x', name: 'X', kind: 'womens_org', country: 'BiH', level: 'local' } }, net)).toBe(
      "Add actor: X (women's organisation, BiH)",
    );
    expect(describeEdit({ op: 'group', label: 'Add broker: B', edits: [] }, net)).toBe('Add broker: B');
  });

  it('describeEdits resolves names of actors the list itself adds', () => {
    const broker = addBroker(net, { between: ['kwn', 'kp'] });
    expect(describeEdits([broker], net)).toEqual(["Add broker: Broker 1 between Kosovo Women's Network and Kosovo Police"]);
    expect(describeSteps(broker, net)).toEqual([
      'Add actor: Broker 1 (civil society organisation, Kosovo)',
      "Add tie: Broker 1 — Kosovo Women's Network (coordination)",
      'Add tie: Broker 1 — Kosovo Police (coordination)',
    ]);
  });
});
