import { describe, expect, it } from 'vitest';
import { generateNetwork } from '../../../src/core/model/generate-network';
import { validateNetwork } from '../../../src/core/model/validate';

describe('generateNetwork', () => {
  it('generateNetwork makes a valid network of the size asked, the same for the same seed', () => {
    const a = generateNetwork(1000, 7);
    expect(validateNetwork(a).ok).toBe(true);
    expect(a.actors).toHaveLength(1000);
    expect(generateNetwork(1000, 7)).toEqual(a);
    expect(generateNetwork(1000, 8)).not.toEqual(a);
  });

  it('generateNetwork gives about four ties per actor, clustered by country', () => {
    const network = generateNetwork(5000, 1);
    const perActor = (2 * network.ties.length) / network.actors.length;
    expect(perActor).toBeGreaterThan(3.5);
    expect(perActor).toBeLessThan(4.5);
    const country = new Map(network.actors.map((a) => [a.id, a.country]));
    const same = network.ties.filter((t) => country.get(t.source) === country.get(t.target)).length / network.ties.length;
    // Five countries at random would tie within one country about a fifth of the time.
    expect(same).toBeGreaterThan(0.5);
  });
});
