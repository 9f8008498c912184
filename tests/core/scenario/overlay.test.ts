import { describe, expect, it } from 'vitest';
import { ADDED, CHANGED, overlayScenario, REMOVED, SAME } from '../../../src/core/scenario/overlay';
import { smallNetwork } from '../../fixtures/load';

describe('overlayScenario', () => {
  it('overlayScenario marks added, removed, changed and unchanged actors and ties', () => {
    const baseline = smallNetwork();
    const scenario = smallNetwork();
    scenario.actors = scenario.actors.filter((a) => a.id !== 'ngo');
    scenario.ties = scenario.ties.filter((t) => t.id !== 'ngo--fac');
    scenario.actors.push({ id: 'broker', name: 'Broker', kind: 'civil_society', country: 'Kosovo', level: 'local' });
    scenario.ties.push({ id: 'broker--police', source: 'broker', target: 'police', kind: 'partnership' });
    scenario.actors[1] = { ...scenario.actors[1]!, community: 'youth' };
    const overlay = overlayScenario(baseline, scenario);
    expect(overlay.actorStatus.get('broker')).toBe(ADDED);
    expect(overlay.actorStatus.get('ngo')).toBe(REMOVED);
    expect(overlay.actorStatus.get('wn')).toBe(CHANGED);
    expect(overlay.actorStatus.get('police')).toBe(SAME);
    expect(overlay.tieStatus.get('broker--police')).toBe(ADDED);
    expect(overlay.tieStatus.get('ngo--fac')).toBe(REMOVED);
    expect(overlay.tieStatus.get('wn--fac')).toBe(SAME);
  });

  it('overlayScenario keeps removed actors and ties in its network, after the scenario\'s own', () => {
    const baseline = smallNetwork();
    const scenario = { ...baseline, actors: baseline.actors.slice(1), ties: baseline.ties.filter((t) => t.source !== 'fac' && t.target !== 'fac') };
    const overlay = overlayScenario(baseline, scenario);
    expect(overlay.network.actors.map((a) => a.id)).toEqual([...scenario.actors.map((a) => a.id), 'fac']);
    expect(overlay.network.ties).toHaveLength(baseline.ties.length);
  });

  it('overlayScenario of a network with itself marks everything the same and changes nothing', () => {
    const baseline = smallNetwork();
    const frozen = JSON.stringify(baseline);
    const overlay = overlayScenario(baseline, baseline);
    expect([...overlay.actorStatus.values()].every((s) => s === SAME)).toBe(true);
    expect(overlay.network.actors).toEqual(baseline.actors);
    expect(JSON.stringify(baseline)).toBe(frozen);
  });
});
