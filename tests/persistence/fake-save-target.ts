// A stand-in for the store that records each save and answers from a script, on a manual clock.

import { vi } from 'vitest';
import { Autosaver } from '../../src/persistence/autosave';
import type { Outcome, StoreError } from '../../src/persistence/outcome';
import type { SaveOptions, Saved } from '../../src/persistence/save';
import type { WorkspaceContent } from '../../src/persistence/workspace';
import { scenario, workspaceWith } from './helpers';
import { ManualClock } from './manual-clock';

/** A save target that records each call and answers from a script (default: success). */
export function fakeTarget(clock: ManualClock, answers: Array<StoreError | undefined> = []) {
  const calls: { at: number; content: WorkspaceContent; base: number; options?: SaveOptions }[] = [];
  let revision = 0;
  let lost: ((error: StoreError) => void) | undefined;
  return {
    calls,
    lose: (error: StoreError) => lost?.(error),
    onLost: (listener: (error: StoreError) => void) => ((lost = listener), () => undefined),
    async save(content: WorkspaceContent, base: number, options?: SaveOptions): Promise<Outcome<Saved>> {
      calls.push({ at: clock.now(), content, base, options });
      const answer = answers.shift();
      return answer ?? { ok: true, value: { revision: ++revision, savedAt: '' } };
    },
  };
}

export function setUp(answers: Array<StoreError | undefined> = []) {
  const clock = new ManualClock();
  const target = fakeTarget(clock, answers);
  const statuses: string[] = [];
  const saved = vi.fn();
  const autosaver = new Autosaver(target, { timers: clock, onStatus: (s) => statuses.push(s), onSaved: saved });
  return { clock, target, statuses, saved, autosaver };
}

export const ws = (...ids: string[]) => workspaceWith(...ids.map((id) => scenario(id)));

