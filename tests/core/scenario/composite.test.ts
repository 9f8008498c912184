import { describe, expect, it } from 'vitest';
import type { Network } from '../../../src/core/model/types';
import { actorsInGroup, addBroker, addPartner, addTies, applyEdits } from '../../../src/core/scenario';
import { actor, network, ties } from '../metrics/helpers';

const kosovo = (): Network => {
  const net = network(
    ['F:un', 'kwn:network', 'ks1:womens_org:Kosovo Serb', 'ks2:womens_org:Kosovo Serb', 'ks3:civil_society:Kosovo Serb', 'kp:security', 'moj:government::BiH'],
    ties('F-kwn', 'kwn-kp', 'ks1-ks2'),
  );
  net.actors.find((a) => a.id === 'kp')!.name = 'Kosovo Police';
  return net;
};

const tiePairs = (net: Network) => net.ties.map((t) => `${t.source}-${t.target}`);

describe('addPartner', () => {
  it('addPartner ties a new actor to the facilitator and to the chosen actors, as one group', () => {
    const net = kosovo();
    const edit = addPartner(net, {
      partner: { name: 'Roma Women', kind: 'womens_org', country: 'Kosovo', level: 'local' },
      tiedTo: ['kp', 'moj'],
    });
    expect(edit.op).toBe('group');
    expect(edit.label).toBe('Add partner: Roma Women (tied to F, Kosovo Police and moj)');
    const { network: result, problems } = applyEdits(net, [edit]);
    expect(problems).toEqual([]);
    expect(result.actors.at(-1)!.id).toBe('partner-1');
    expect(tiePairs(result).slice(3)).toEqual(['F-partner-1', 'partner-1-kp', 'partner-1-moj']);
    expect(result.ties.slice(3).map((t) => t.id)).toEqual(['F--partner-1', 'partner-1--kp', 'partner-1--moj']);
  });

  it('addPartner makes an existing actor a partner without repeating a tie it already has', () => {
    const net = kosovo();
    const edit = addPartner(net, { partner: 'kp', tiedTo: ['kwn', 'ks1'] });
    const { network: result } = applyEdits(net, [edit]);
    expect(tiePairs(result).slice(3)).toEqual(['F-kp', 'kp-ks1']);
  });

  it('addPartner throws a readable error for an unknown actor or nothing to add', () => {
    expect(() => addPartner(kosovo(), { partner: 'ghost' })).toThrow('There is no actor "ghost" in the network');
    expect(() => addPartner(kosovo(), { partner: 'kwn' })).toThrow('kwn is already tied to F');
  });
});

describe('addBroker', () => {
  it('addBroker ties a new civil-society actor to every actor of a group and to chosen actors', () => {
    const net = kosovo();
    const edit = addBroker(net, {
      actor: { name: 'Liaison office' },
      between: [{ community: 'Kosovo Serb', kinds: ['womens_org'] }, 'kp'],
    });
    expect(edit.label).toBe("Add broker: Liaison office between all 2 women's organisations of the Kosovo Serb community and Kosovo Police");
    const { network: result, problems } = applyEdits(net, [edit]);
    expect(problems).toEqual([]);
    expect(result.actors.at(-1)).toEqual({ id: 'broker-1', name: 'Liaison office', kind: 'civil_society', country: 'Kosovo', level: 'local' });
    expect(tiePairs(result).slice(3)).toEqual(['broker-1-ks1', 'broker-1-ks2', 'broker-1-kp']);
    expect(result.ties.slice(3).every((t) => t.kind === 'coordination')).toBe(true);
  });

  it('addBroker numbers new brokers so their ids never collide', () => {
    const net = kosovo();
    net.actors.push(actor('broker-1:forum'));
    net.ties.push({ id: 'broker-2', source: 'kwn', target: 'kp', kind: 'dialogue' });
    const first = addBroker(net, { between: ['kwn', 'moj'] });
    const after = applyEdits(net, [first]).network;
    const second = addBroker(after, { between: ['kwn', 'moj'] });
    const { network: result, problems } = applyEdits(net, [first, second]);
    expect(problems).toEqual([]);
    expect(result.actors.slice(-2).map((a) => [a.id, a.name, a.country])).toEqual([
      ['broker-3', 'Broker 3', 'regional'],
      ['broker-4', 'Broker 4', 'regional'],
    ]);
    expect(new Set(result.ties.map((t) => t.id)).size).toBe(result.ties.length);
  });

  it('addBroker throws a readable error when fewer than two actors result', () => {
    expect(() => addBroker(kosovo(), { between: ['kp'] })).toThrow('A broker needs two or more actors to tie together, got 1');
    expect(() => addBroker(kosovo(), { between: [{ community: 'nobody' }, 'kp'] })).toThrow('No actor is in the group');
  });
});

describe('addTies and actorsInGroup', () => {
  it('addTies gives a second tie of the same pair an id with its kind, as data/README.md does', () => {
    const net = kosovo();
    const edit = addTies(net, { pairs: [['kwn', 'kp'], ['ks1', 'moj']] });
    expect(edit.edits.map((e) => (e.op === 'addTie' ? e.tie.id : ''))).toEqual(['kwn--kp', 'ks1--moj']);
    net.ties.push({ id: 'kwn--kp', source: 'kwn', target: 'kp', kind: 'partnership' });
    const again = addTies(net, { pairs: [['kwn', 'kp']] });
    expect(again.edits[0]).toMatchObject({ tie: { id: 'kwn--kp--partnership' } });
    expect(again.label).toBe('Add tie: kwn — Kosovo Police');
  });

  it('actorsInGroup matches every criterion given, and "other" for actors without a community', () => {
    const net = kosovo();
    expect(actorsInGroup(net, { community: 'Kosovo Serb' }).map((a) => a.id)).toEqual(['ks1', 'ks2', 'ks3']);
    expect(actorsInGroup(net, { community: 'other', country: 'BiH' }).map((a) => a.id)).toEqual(['moj']);
    expect(() => actorsInGroup(net, {})).toThrow('needs a community, a country or kinds');
  });
});
