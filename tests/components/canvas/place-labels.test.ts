import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../../src/components/canvas/place-labels';

describe('placeLabels', () => {
  it('placeLabels leaves labels that do not touch where they are', () => {
    expect(placeLabels([
      { x: 0, y: 100, width: 80, height: 18 },
      { x: 200, y: 100, width: 80, height: 18 },
      { x: 0, y: 300, width: 80, height: 18 },
    ])).toEqual([100, 100, 300]);
  });

  it('placeLabels moves a label that would print over another to the nearest clear height, above or below', () => {
    const [a, b, c] = placeLabels([
      { x: 0, y: 100, width: 120, height: 18 },
      { x: 30, y: 105, width: 120, height: 18 },
      { x: -20, y: 100, width: 60, height: 18 },
    ]);
    expect(a).toBe(100);
    // Just below the first (118) is nearer than just above it (82).
    expect(b).toBe(118);
    // Clear of both: just above the first.
    expect(c).toBe(82);
  });

  it('placeLabels prefers just above, unless that would take the label above the top of the picture', () => {
    const boxes = [{ x: 0, y: 30, width: 100, height: 18 }, { x: 10, y: 24, width: 100, height: 18 }];
    expect(placeLabels(boxes)).toEqual([30, 12]);
    expect(placeLabels(boxes, 0)).toEqual([30, 48]);
  });

  it('placeLabels finds the nearest clear place among several, where moving away from each in turn would go back and forth', () => {
    // The case seen on a generated network: a long name between two placed ones, the space above near the top edge.
    const boxes = [
      { x: 400, y: 87, width: 232, height: 19 },
      { x: 522, y: 111, width: 85, height: 19 },
      { x: 484, y: 106, width: 150, height: 19 },
    ];
    const [first, second, third] = placeLabels(boxes, 56);
    expect([first, second]).toEqual([87, 111]);
    expect(third).toBe(130);
  });

  it('placeLabels brings a label out from under the band at the top, but leaves one belonging to actors out of view', () => {
    expect(placeLabels([{ x: 0, y: 34, width: 60, height: 19 }], 56)).toEqual([75]);
    expect(placeLabels([{ x: 0, y: -40, width: 60, height: 19 }], 56)).toEqual([-40]);
    expect(placeLabels([{ x: 0, y: 90, width: 60, height: 19 }], 56)).toEqual([90]);
  });
});
