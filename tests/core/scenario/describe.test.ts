import { describe, expect, it } from 'vitest';
import type { Network } from '../../../src/core/model/types';
import { addBroker, addPartner, addTies, describeEdit, describeEdits, describeSteps, ENGLISH_EDIT_WORDS, type EditWords } from '../../../src/core/scenario';

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

  it('describeEdits words each edit, and a composite by its steps, in the words it is given', () => {
    const words: EditWords = {
      ...ENGLISH_EDIT_WORDS,
      join: (items) => items.join(' + '),
      removeActor: (name) => `Hiq aktorin: ${name}`,
      addActor: (name, kind, country) => `Shto aktor: ${name} (${kind}, ${country})`,
      kind: (kind) => `<${kind}>`,
      groups: {
        addPartner: (name, actors) => `partner ${name}: ${actors}`,
        addBroker: (name, actors) => `broker ${name}: ${actors}`,
        addTies: (ties, count) => `${count} ties: ${ties}`,
      },
    };
    const partner = addPartner(net, { partner: { name: 'P', kind: 'womens_org', country: 'Kosovo', level: 'local' }, tiedTo: ['kp'] });
    const broker = addBroker(net, { between: ['kwn', 'kp'] });
    const ties = addTies(net, { pairs: [['kwn', 'kp']] });
    expect(describeEdits([partner, broker, ties, { op: 'removeActor', id: 'kp' }], net, words)).toEqual([
      'partner P: UN Women + Kosovo Police',
      "broker Broker 1: Kosovo Women's Network + Kosovo Police",
      "1 ties: Kosovo Women's Network — Kosovo Police",
      'Hiq aktorin: Kosovo Police',
    ]);
    expect(describeSteps(partner, net, words)[0]).toBe('Shto aktor: P (<womens_org>, Kosovo)');
    expect(describeEdit({ op: 'group', label: 'A story step', edits: [{ op: 'removeActor', id: 'kp' }] }, net, words)).toBe('A story step');
  });
});
