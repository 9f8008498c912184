// Field-level checks that record a readable problem (where, which field, what was expected) instead of throwing.

import { ENGLISH_PROBLEMS, say, type ProblemKey, type ProblemWords } from './problem-words';
import type { Params } from '../../i18n/types';

/** The actor or tie a problem is about, by its position in the list (from 1): how importers find its line. */
export interface RecordRef {
  table: 'actor' | 'tie';
  position: number;
  id?: string;
}

export interface ValidationProblem {
  /** The record, e.g. `actor 12 ("kwn")` or `network`. */
  where: string;
  field: string;
  message: string;
  record?: RecordRef;
}

const MAX_QUOTE = 250;

export class FieldChecker {
  constructor(
    private readonly where: string,
    private readonly problems: ValidationProblem[],
    readonly words: ProblemWords = ENGLISH_PROBLEMS,
    private readonly record?: RecordRef,
  ) {}

  problem(field: string, message: string): void {
    this.problems.push({ where: this.where, field, message, ...(this.record ? { record: this.record } : {}) });
  }

  /** A problem worded by one of the problem templates, in the checker's language. */
  report(field: string, key: ProblemKey, params?: Params): void {
    this.problem(field, say(this.words, key, params));
  }

  isRecord(raw: unknown): raw is Record<string, unknown> {
    if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) return true;
    this.report(say(this.words, 'problems.wholeRecord'), 'problems.expectedObject', { value: this.describe(raw) });
    return false;
  }

  /** True when the field is present and a non-empty string. */
  text(raw: Record<string, unknown>, field: string, { required = false } = {}): boolean {
    const value = raw[field];
    if (value === undefined) {
      if (required) this.report(field, 'problems.missing');
      return false;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      this.report(field, 'problems.expectedText', { value: this.describe(value) });
      return false;
    }
    return true;
  }

  oneOf(raw: Record<string, unknown>, field: string, allowed: readonly string[], { required = false } = {}): void {
    const value = raw[field];
    if (value === undefined) {
      if (required) this.report(field, 'problems.missingOneOf', { allowed: allowed.join(', ') });
      return;
    }
    if (typeof value !== 'string' || !allowed.includes(value)) {
      this.report(field, 'problems.expectedOneOf', { allowed: allowed.join(', '), value: this.describe(value) });
    }
  }

  year(raw: Record<string, unknown>, field: string): number | undefined {
    const value = raw[field];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1900 || value > 2100) {
      this.report(field, 'problems.expectedYear', { value: this.describe(value) });
      return undefined;
    }
    return value;
  }

  count(raw: Record<string, unknown>, field: string): void {
    const value = raw[field];
    if (value === undefined) return;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      this.report(field, 'problems.expectedWholeNumber', { value: this.describe(value) });
    }
  }

  list(raw: Record<string, unknown>, field: string): unknown[] {
    const value = raw[field];
    if (Array.isArray(value)) return value;
    if (value === undefined) this.report(field, 'problems.missingList');
    else this.report(field, 'problems.expectedList', { value: this.describe(value) });
    return [];
  }

  evidence(raw: Record<string, unknown>): void {
    const value = raw.evidence;
    if (value === undefined) return;
    if (!Array.isArray(value)) {
      this.report('evidence', 'problems.expectedEvidence', { value: this.describe(value) });
      return;
    }
    value.forEach((item, i) => {
      const field = `evidence[${i + 1}]`;
      const quote = (item as { quote?: unknown } | null)?.quote;
      const section = (item as { section?: unknown } | null)?.section;
      if (typeof quote !== 'string' || quote.trim() === '') this.report(field, 'problems.needsQuote');
      else if (quote.length >= MAX_QUOTE) this.report(field, 'problems.quoteTooLong', { count: quote.length, max: MAX_QUOTE });
      if (typeof section !== 'string' || section.trim() === '') this.report(field, 'problems.needsSection');
    });
  }

  /** A value as JSON, or "nothing" when it is absent: how a format tag or version is named. */
  asJson(value: unknown): string {
    return JSON.stringify(value) ?? say(this.words, 'problems.valueNothing');
  }

  /** A value as a problem names it: text quoted as given (cut at 40 characters), anything else by its type. */
  describe(value: unknown): string {
    if (value === null) return 'null';
    if (Array.isArray(value)) return say(this.words, 'problems.valueList');
    if (typeof value === 'string') return value === '' ? say(this.words, 'problems.valueEmptyText') : `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
    if (typeof value === 'object') return say(this.words, 'problems.valueObject');
    if (typeof value === 'number') return say(this.words, 'problems.valueNumber', { value: String(value) });
    if (typeof value === 'boolean') return say(this.words, 'problems.valueBoolean', { value: String(value) });
    return `${typeof value} ${String(value)}`;
  }
}
