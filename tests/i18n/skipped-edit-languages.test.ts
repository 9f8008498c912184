// An edit that no longer applies, said in the interface's language, naming the same edit and ids as in English.

import { describe, expect, it } from 'vitest';
import { ENGLISH_PROBLEMS, problemWordsIn } from '../../src/core/model/problem-words';
import { applyEdits } from '../../src/core/scenario/apply';
import type { Edit } from '../../src/core/scenario/types';
import { bs } from '../../src/i18n/bs/index';
import { sq } from '../../src/i18n/sq/index';
import { smallNetwork } from '../fixtures/load';

const EDITS: Edit[] = [
  { op: 'removeActor', id: 'rae' },
  { op: 'removeActor', id: 'rae' },
  { op: 'group', label: 'Broker', edits: [
    { op: 'addActor', actor: { id: 'b1', name: 'B', kind: 'network', country: 'Kosovo', level: 'local' } },
    { op: 'addTie', tie: { id: 'b1--ghost', source: 'b1', target: 'ghost', kind: 'partnership' } },
  ] },
];

const messages = (words = ENGLISH_PROBLEMS) => applyEdits(smallNetwork(), EDITS, words).problems.map((p) => p.message);
const quoted = (line: string) => line.match(/"[^"]*"|\d+/g);

describe('skipped edits in three languages', () => {
  it('applyEdits says in English which edits are skipped and why, as it always has', () => {
    expect(messages()).toEqual([
      'Edit 2 (remove actor "rae") is skipped: actor "rae" was removed by an earlier edit.',
      'Edit 3, step 2 (add tie "b1--ghost") cannot apply: its target: there is no actor "ghost" in the network; so the whole group "Broker" (edit 3) is skipped.',
    ]);
  });

  it('applyEdits in Bosnian and Albanian names the same edits, steps and ids', () => {
    const english = messages();
    for (const words of [problemWordsIn('bs', bs), problemWordsIn('sq', sq)]) {
      const lines = messages(words);
      expect(lines.map(quoted)).toEqual(english.map(quoted));
      lines.forEach((line, i) => expect(line).not.toBe(english[i]));
    }
    expect(messages(problemWordsIn('bs', bs))[0]).toBe('Izmjena 2 (ukloni aktera "rae") se preskače: akter "rae" uklonjen je ranijom izmjenom.');
  });
});
