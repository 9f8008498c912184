import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../../src/core/graph';
import { fragility, fragilityProgressive } from '../../../src/core/metrics/fragility';
import { generateNetwork } from '../../../src/core/model/generate-network';

describe('fragilityProgressive', () => {
  const index = buildGraphIndex(generateNetwork(300, 7));

  it.each([2, 3])('ends, batch by batch, on exactly the drops fragility computes at k = %i', (k) => {
    const steps = [];
    // The generator fills one array as it goes: copy it at each step to see what was known then.
    for (const step of fragilityProgressive(index, { k, batch: 64 })) steps.push({ ...step, drops: step.drops.slice() });
    expect(steps.map((s) => s.done)).toEqual([64, 128, 192, 256, 300]);
    expect(steps.map((s) => s.exact)).toEqual([false, false, false, false, true]);
    expect([...steps.at(-1)!.drops]).toEqual([...fragility(index, { k })]);
    const whole = fragility(index, { k });
    // Each step's finished actors already have their final drop; the rest are not yet known.
    const middle = steps[1]!;
    expect([...middle.drops.slice(0, 128)]).toEqual([...whole.slice(0, 128)]);
    expect(middle.drops.slice(128).every(Number.isNaN)).toBe(true);
  });

  it('stops where its caller stops asking, having done only what was asked', () => {
    const steps = fragilityProgressive(index, { k: 2, batch: 100 });
    expect(steps.next().value).toMatchObject({ done: 100, total: 300, exact: false });
    expect(steps.return()).toEqual({ done: true, value: undefined });
  });
});
