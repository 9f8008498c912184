import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdLayer } from '../../../src/core/scenario/id-layer';

interface Item { id: string; v: number }

const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
const base = fc.array(fc.record({ id: ids, v: fc.nat(9) }), { maxLength: 6 });
const op = fc.oneof(
  fc.record({ set: fc.record({ id: ids, v: fc.nat(9) }) }),
  fc.record({ delete: ids }),
  fc.constant({ copy: true as const }),
);

/** The Map the layer stands for: the base's first item per id, then Map.set and Map.delete. */
function model(items: readonly Item[]): Map<string, Item> {
  const map = new Map<string, Item>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

describe('IdLayer', () => {
  it('IdLayer reads as a Map over its base after any sets, deletes and copies', () => {
    fc.assert(
      fc.property(base, fc.array(op, { maxLength: 12 }), (items, ops) => {
        const map = model(items);
        let layer = new IdLayer<Item>(items, model(items), map.size !== items.length);
        for (const o of ops) {
          if ('set' in o) {
            map.set(o.set.id, o.set);
            layer.set(o.set);
          } else if ('delete' in o) {
            map.delete(o.delete);
            layer.delete(o.delete);
          } else layer = layer.copy();
        }
        expect(layer.values()).toEqual([...map.values()]);
        for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) expect(layer.get(id)).toEqual(map.get(id));
      }),
      { numRuns: 500 },
    );
  });

  it('IdLayer leaves its base and the layer it was copied from as they were', () => {
    const items = [{ id: 'a', v: 1 }, { id: 'b', v: 2 }];
    const layer = new IdLayer<Item>(items, model(items), false);
    const trial = layer.copy();
    trial.delete('a');
    trial.set({ id: 'c', v: 3 });
    expect(layer.values()).toEqual(items);
    expect(trial.values()).toEqual([{ id: 'b', v: 2 }, { id: 'c', v: 3 }]);
    expect(items).toEqual([{ id: 'a', v: 1 }, { id: 'b', v: 2 }]);
  });
});
