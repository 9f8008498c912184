// Applies a list of edits to a baseline network, never mutating it, and reports edits that no longer apply.

import type { Network } from '../model/types';
import { diffNetworks, type NetworkDiff } from './diff';
import { Draft } from './draft';
import { ENGLISH_PROBLEMS, say, type ProblemWords } from '../model/problem-words';
import { editPlace } from './edit-place';
import type { Edit } from './types';

/** An edit that was skipped, and why. */
export interface EditProblem {
  /** 1-based position: [edit], or [edit, step] for the step of a group that failed (deeper when nested). */
  at: number[];
  /** A sentence naming the edit and what is wrong, e.g. `Edit 3 (add tie "a--b") is skipped: ...`. */
  message: string;
}

export interface Applied {
  /** A new network; actor and tie objects the edits did not touch are shared with the baseline. */
  network: Network;
  /** What differs from the baseline (an actor added and later removed is in no list). */
  changes: NetworkDiff;
  problems: EditProblem[];
}

/**
 * Applies `edits` in order to `baseline` and returns a new network; the baseline is never
 * changed. An edit that no longer applies (its actor or tie is missing or was removed by an
 * earlier edit, its id is already in use, a tie would join an actor to itself) is skipped and
 * reported in `problems`; nothing is thrown. A group applies as a whole or not at all.
 * Attribute values are trusted here: readScenarioFile validates edits that come from a file.
 */
export function applyEdits(baseline: Network, edits: readonly Edit[], words: ProblemWords = ENGLISH_PROBLEMS): Applied {
  const draft = Draft.of(baseline, words);
  const problems: EditProblem[] = [];
  edits.forEach((edit, i) => {
    const refusal = draft.apply(edit);
    if (refusal === null) return;
    const at = [i + 1, ...refusal.steps];
    const message = refusal.steps.length === 0
      ? say(words, 'fileProblems.editSkipped', { edit: editLabel([i + 1], edit, words), reason: refusal.reason })
      : say(words, 'fileProblems.groupSkipped', {
        step: editLabel(at, stepAt(edit, refusal.steps), words), reason: refusal.reason,
        group: JSON.stringify(groupLabel(edit)), position: String(i + 1),
      });
    problems.push({ at, message });
  });
  const network = draft.network(baseline);
  let changes: NetworkDiff | undefined;
  // Only asked for by some callers, and a whole pass over both networks: computed when first read.
  return {
    network,
    get changes() {
      return (changes ??= diffNetworks(baseline, network));
    },
    problems,
  };
}

function stepAt(edit: Edit, steps: readonly number[]): Edit {
  let current = edit;
  for (const step of steps) current = (current as Extract<Edit, { op: 'group' }>).edits[step - 1]!;
  return current;
}

function groupLabel(edit: Edit): string {
  return edit.op === 'group' ? edit.label : edit.op;
}

/** `Edit 3 (add tie "a--b")`, `Edit 2, step 1 (remove actor "kwn")`: where, what, which id. */
export function editLabel(at: readonly number[], edit: Edit, words: ProblemWords = ENGLISH_PROBLEMS): string {
  const place = editPlace(at, edit, words);
  return place[0]!.toUpperCase() + place.slice(1);
}
