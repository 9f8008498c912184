// Field-by-field checks of actor and tie records, shared by the network validator and the scenario reader.

import { ACTOR_KINDS, CAPACITIES, COUNTRIES, LEVELS, TIE_KINDS } from './types';
import type { FieldChecker } from './field-checker';

/**
 * Every field check of an actor record. With `partial`, nothing is required: the fields of a
 * changeActor edit in a scenario.
 */
export function checkActorFields(check: FieldChecker, raw: Record<string, unknown>, { partial = false } = {}): void {
  const required = !partial;
  if (!partial) check.text(raw, 'id', { required });
  check.text(raw, 'name', { required });
  check.text(raw, 'short');
  check.oneOf(raw, 'kind', ACTOR_KINDS, { required });
  check.oneOf(raw, 'country', COUNTRIES, { required });
  check.oneOf(raw, 'level', LEVELS, { required });
  check.text(raw, 'community');
  check.oneOf(raw, 'capacity', CAPACITIES);
  check.year(raw, 'since');
  check.count(raw, 'memberCount');
  check.text(raw, 'note');
  check.evidence(raw);
}

/**
 * Every field check of a tie record, except that its ends are actors of the network: the
 * validator checks that, and a scenario file is read without its baseline.
 */
export function checkTieFields(check: FieldChecker, raw: Record<string, unknown>): void {
  check.text(raw, 'id', { required: true });
  check.text(raw, 'source', { required: true });
  check.text(raw, 'target', { required: true });
  if (raw.source !== undefined && raw.source === raw.target) check.report('target', 'problems.sameAsSource');
  check.oneOf(raw, 'kind', TIE_KINDS, { required: true });
  const since = check.year(raw, 'since');
  const until = check.year(raw, 'until');
  if (since !== undefined && until !== undefined && until < since) check.report('until', 'problems.untilBeforeSince', { until: String(until), since: String(since) });
  check.text(raw, 'note');
  check.evidence(raw);
}
