// Checks one { quote, section } record: the report's words behind a story step or an exercise's lesson.

import type { FieldChecker } from '../model/field-checker';

/** Quotes stay short enough to show on a slide or a card; the network's evidence has the same limit. */
export const MAX_QUOTE = 250;

/** Records a problem unless raw[field] is { quote, section } with text in both and a quote under MAX_QUOTE characters. */
export function checkQuote(check: FieldChecker, raw: Record<string, unknown>, field: string, { required = false } = {}): void {
  const value = raw[field];
  if (value === undefined) {
    if (required) check.report(field, 'fileProblems.missingQuote');
    return;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    check.report(field, 'fileProblems.expectedQuote');
    return;
  }
  const { quote, section } = value as { quote?: unknown; section?: unknown };
  if (typeof quote !== 'string' || quote.trim() === '') check.report(`${field}.quote`, 'fileProblems.needsWords');
  else if (quote.length >= MAX_QUOTE) check.report(`${field}.quote`, 'fileProblems.quoteTooLong', { count: quote.length, length: String(quote.length), max: String(MAX_QUOTE) });
  if (typeof section !== 'string' || section.trim() === '') check.report(`${field}.section`, 'fileProblems.needsSection');
}
