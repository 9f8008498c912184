import { afterEach, describe, expect, it } from 'vitest';
import type { Network } from '../../src/core/model/types';
import { addBroker, describeEdits } from '../../src/core/scenario';
import { editWords } from '../../src/components/edit-words';
import { i18n } from '../../src/i18n/i18n.svelte';

const net: Network = {
  schemaVersion: 1,
  title: 't',
  facilitator: 'unw',
  actors: [
    { id: 'unw', name: 'UN Women', kind: 'un', country: 'regional', level: 'regional' },
    { id: 'kwn', name: "Kosovo Women's Network", kind: 'network', country: 'Kosovo', level: 'national' },
    { id: 'kp', name: 'Kosovo Police', kind: 'security', country: 'Kosovo', level: 'national' },
  ],
  ties: [],
};

describe('editWords', () => {
  afterEach(() => i18n.use('en'));

  it('editWords in English keeps the core sentences and a group its label', () => {
    const broker = addBroker(net, { between: ['kwn', 'kp'] });
    expect(describeEdits([broker], net, editWords())).toEqual([broker.label]);
  });

  it('editWords words edits in the interface language, joining names as the language does', async () => {
    await i18n.use('bs');
    const broker = addBroker(net, { between: ['kwn', 'kp', 'unw'] });
    const removal = { op: 'removeTie' as const, id: 'gone' };
    expect(describeEdits([broker, removal], net, editWords())).toEqual([
      "Dodaj posrednika: Broker 1 između: Kosovo Women's Network, Kosovo Police i UN Women",
      'Ukloni vezu: "gone"',
    ]);
    await i18n.use('sq');
    const actor = broker.edits[0]!;
    expect(describeEdits([actor], net, editWords())).toEqual(['Shto aktor: Broker 1 (shoqëria civile, rajonale)']);
  });
});
