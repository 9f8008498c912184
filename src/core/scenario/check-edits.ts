// Checks a list of edits read from a file: known op, required fields present, field values valid.

import { FieldChecker, type ValidationProblem } from '../model/field-checker';
import { editLabel } from './apply';
import { checkActorFields, checkTieFields } from '../model/record-checks';
import { checkActorChanges, checkPart } from './edit-fields';
import { EDIT_OPS, type Edit } from './types';

/** Groups may nest (a suggestion inside a story step), but not without end. */
export const MAX_GROUP_DEPTH = 4;

/**
 * Records a problem for every edit in `list` that is not a well-formed Edit, naming it as
 * `edit 3 (add tie "a--b")` or `edit 2, step 1 (...)` and the field (`tie.kind`). Whether the
 * edits apply to a baseline (ids present, not repeated) is for applyEdits to say.
 */
export function checkEdits(list: readonly unknown[], problems: ValidationProblem[], at: readonly number[] = []): void {
  list.forEach((raw, i) => {
    const path = [...at, i + 1];
    const label = editLabel(path, raw as Edit);
    const where = label[0]!.toLowerCase() + label.slice(1);
    const check = new FieldChecker(where, problems);
    if (!check.isRecord(raw)) return;
    check.oneOf(raw, 'op', EDIT_OPS, { required: true });
    switch (raw.op) {
      case 'addActor':
        return checkPart(where, problems, raw, 'actor', (c, actor) => checkActorFields(c, actor));
      case 'addTie':
        return checkPart(where, problems, raw, 'tie', checkTieFields);
      case 'removeActor':
      case 'removeTie':
        check.text(raw, 'id', { required: true });
        return;
      case 'changeActor':
        check.text(raw, 'id', { required: true });
        return checkPart(where, problems, raw, 'changes', checkActorChanges);
      case 'group': {
        check.text(raw, 'label', { required: true });
        const steps = check.list(raw, 'edits');
        if (path.length > MAX_GROUP_DEPTH) check.problem('edits', `groups nest more than ${MAX_GROUP_DEPTH} deep`);
        else checkEdits(steps, problems, path);
        return;
      }
    }
  });
}
