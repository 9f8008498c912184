// Where an edit is in a list, and what it does: how every problem with an edit names it.

import { ENGLISH_PROBLEMS, say, type ProblemKey, type ProblemWords } from '../model/problem-words';
import type { Edit } from './types';

const OPS: Record<Edit['op'], ProblemKey> = {
  addActor: 'fileProblems.addActor',
  addTie: 'fileProblems.addTie',
  removeActor: 'fileProblems.removeActor',
  removeTie: 'fileProblems.removeTie',
  changeActor: 'fileProblems.changeActor',
  group: 'fileProblems.group',
};

/**
 * `edit 3 (add tie "a--b")`, `edit 2, step 1 (remove actor "kwn")`: where, what, which id. An op
 * the app does not know is named as the file gives it, split into words (`fooBar`: `foo bar`).
 */
export function editPlace(at: readonly number[], edit: unknown, words: ProblemWords = ENGLISH_PROBLEMS): string {
  const where = [say(words, 'fileProblems.edit', { position: String(at[0]) }), ...at.slice(1).map((n) => say(words, 'fileProblems.step', { position: String(n) }))].join(', ');
  const e = edit as Record<string, unknown> | null;
  const op = typeof e?.op === 'string' ? opWords(e.op, words) : say(words, 'fileProblems.anEdit');
  const record = (e?.actor ?? e?.tie) as { id?: unknown } | undefined;
  const target = record?.id ?? e?.id ?? e?.label;
  return `${where} (${op}${typeof target === 'string' ? ` ${JSON.stringify(target)}` : ''})`;
}

function opWords(op: string, words: ProblemWords): string {
  const key = Object.hasOwn(OPS, op) ? OPS[op as Edit['op']] : undefined;
  return key ? say(words, key) : op.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
}
