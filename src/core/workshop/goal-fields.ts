// Field checks of an exercise's goal: a known type, and the fields that type needs, in range.

import { COUNTRIES } from '../model/types';
import type { FieldChecker } from '../model/field-checker';
import { GOAL_TYPES, type GoalType } from './types';

/** The fields each goal type takes, besides `type`. */
const FIELDS: Record<GoalType, readonly string[]> = {
  'reach-decision-maker': ['actor', 'within', 'country'],
  'group-reach-at-least': ['community', 'k', 'value'],
  'inclusion-at-least': ['k', 'value'],
  'reach-without-facilitator-at-least': ['k', 'value'],
  'overlap-at-most': ['value'],
  'no-cut-off': ['k'],
};

/** Records a problem for every field of `goal` that is missing, unknown or out of range. */
export function checkGoalFields(check: FieldChecker, goal: Record<string, unknown>): void {
  check.oneOf(goal, 'type', GOAL_TYPES, { required: true });
  const fields = FIELDS[goal.type as GoalType];
  if (fields === undefined) return;
  for (const field of Object.keys(goal)) {
    if (field !== 'type' && !fields.includes(field)) check.report(field, 'fileProblems.notGoalField', { type: String(goal.type), fields: fields.join(', ') });
  }
  if (fields.includes('actor')) check.text(goal, 'actor', { required: true });
  if (fields.includes('community')) check.text(goal, 'community', { required: true });
  if (fields.includes('country')) check.oneOf(goal, 'country', COUNTRIES);
  if (fields.includes('within')) steps(check, goal, 'within');
  if (fields.includes('k')) steps(check, goal, 'k');
  if (fields.includes('value')) {
    const value = goal.value;
    if (value === undefined) check.report('value', 'fileProblems.missingShare');
    else if (typeof value !== 'number' || !(value >= 0 && value <= 1)) check.report('value', 'fileProblems.expectedShare', { value: JSON.stringify(value) });
  }
}

function steps(check: FieldChecker, goal: Record<string, unknown>, field: string): void {
  const value = goal[field];
  if (value === undefined) check.report(field, 'fileProblems.missingSteps');
  else if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 4) {
    check.report(field, 'fileProblems.expectedSteps', { value: JSON.stringify(value) });
  }
}
