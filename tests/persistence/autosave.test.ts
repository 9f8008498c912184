import { describe, expect, it } from 'vitest';
import { failure } from '../../src/persistence/outcome';
import { setUp, ws } from './fake-save-target';

describe('Autosaver', () => {
  it('Autosaver writes once, within a second of the last change, and reports saving then saved', async () => {
    const { clock, target, statuses, saved, autosaver } = setUp();
    autosaver.loaded(0, null);
    autosaver.changed(ws('a'));
    autosaver.changed(ws('a', 'b'));
    await clock.advance(399);
    expect(target.calls).toHaveLength(0);
    await clock.advance(1);
    await autosaver.idle();
    expect(target.calls).toMatchObject([{ at: 400, content: ws('a', 'b'), base: 0 }]);
    expect(statuses).toEqual(['saved', 'unsaved', 'saving', 'saved']);
    expect(saved).toHaveBeenCalledWith(1);
  });

  it('Autosaver saves a steady stream of edits at least every second', async () => {
    const { clock, target, autosaver } = setUp();
    autosaver.loaded(0, null);
    for (let i = 1; i <= 30; i++) {
      autosaver.changed(ws(...Array.from({ length: i }, (_, j) => `s${j}`)));
      await clock.advance(100);
    }
    const times = target.calls.map((c) => c.at);
    expect(times[0]).toBeLessThanOrEqual(1000);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeLessThanOrEqual(1000);
    expect(times.length).toBeGreaterThanOrEqual(2);
  });

  it('Autosaver.flush writes at once (tab hidden) and waits for the write', async () => {
    const { target, autosaver } = setUp();
    autosaver.loaded(0, null);
    autosaver.changed(ws('a'));
    await autosaver.flush();
    expect(target.calls).toHaveLength(1);
    expect(autosaver.status).toBe('saved');
  });

  it('Autosaver writes nothing before the first load has finished', async () => {
    const { clock, target, autosaver } = setUp();
    autosaver.changed(ws('a'));
    await clock.advance(5000);
    await autosaver.flush();
    expect(target.calls).toHaveLength(0);
    expect(autosaver.status).toBe('unsaved');
  });

  it('Autosaver does not rewrite what was loaded or saved', async () => {
    const { clock, target, autosaver } = setUp();
    autosaver.loaded(3, ws('a'));
    autosaver.changed(ws('a'));
    await clock.advance(2000);
    expect(target.calls).toHaveLength(0);
  });

  it('Autosaver passes allowEmpty for a deliberate delete until the next successful write', async () => {
    const { target, autosaver } = setUp([failure('unavailable')]);
    autosaver.loaded(1, ws('a'));
    autosaver.changed(ws(), { allowEmpty: true });
    await autosaver.flush();
    await autosaver.flush();
    autosaver.changed(ws('b'));
    await autosaver.flush();
    autosaver.changed(ws());
    await autosaver.flush();
    expect(target.calls.map((c) => c.options?.allowEmpty)).toEqual([true, true, false, false]);
  });

});
