// Checks a list of edits read from a file: known op, required fields present, field values valid.

import { FieldChecker, type ValidationProblem } from '../model/field-checker';
import { ENGLISH_PROBLEMS, type ProblemWords } from '../model/problem-words';
import { checkActorFields, checkTieFields } from '../model/record-checks';
import { checkActorChanges, checkPart } from './edit-fields';
import { editPlace } from './edit-place';
import { EDIT_OPS } from './types';

/** Groups may nest (a suggestion inside a story step), but not without end. */
export const MAX_GROUP_DEPTH = 4;

/**
 * Records a problem for every edit in `list` that is not a well-formed Edit, naming it as
 * `edit 3 (add tie "a--b")` or `edit 2, step 1 (...)` and the field (`tie.kind`), in `words`'
 * language. Whether the edits apply to a baseline (ids present, not repeated) is for applyEdits to say.
 */
export function checkEdits(list: readonly unknown[], problems: ValidationProblem[], words: ProblemWords = ENGLISH_PROBLEMS, at: readonly number[] = []): void {
  list.forEach((raw, i) => {
    const path = [...at, i + 1];
    const where = editPlace(path, raw, words);
    const check = new FieldChecker(where, problems, words);
    if (!check.isRecord(raw)) return;
    check.oneOf(raw, 'op', EDIT_OPS, { required: true });
    switch (raw.op) {
      case 'addActor':
        return checkPart(where, problems, raw, 'actor', (c, actor) => checkActorFields(c, actor), words);
      case 'addTie':
        return checkPart(where, problems, raw, 'tie', checkTieFields, words);
      case 'removeActor':
      case 'removeTie':
        check.text(raw, 'id', { required: true });
        return;
      case 'changeActor':
        check.text(raw, 'id', { required: true });
        return checkPart(where, problems, raw, 'changes', checkActorChanges, words);
      case 'group': {
        check.text(raw, 'label', { required: true });
        const steps = check.list(raw, 'edits');
        if (path.length > MAX_GROUP_DEPTH) check.report('edits', 'fileProblems.groupsTooDeep', { max: String(MAX_GROUP_DEPTH) });
        else checkEdits(steps, problems, words, path);
        return;
      }
    }
  });
}
