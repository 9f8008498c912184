// Field-level checks that record a readable problem (where, which field, what was expected) instead of throwing.

export interface ValidationProblem {
  /** The record, e.g. `actor 12 ("kwn")` or `network`. */
  where: string;
  field: string;
  message: string;
}

const MAX_QUOTE = 250;

export class FieldChecker {
  constructor(
    private readonly where: string,
    private readonly problems: ValidationProblem[],
  ) {}

  problem(field: string, message: string): void {
    this.problems.push({ where: this.where, field, message });
  }

  isRecord(raw: unknown): raw is Record<string, unknown> {
    if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) return true;
    this.problem('(whole record)', `expected an object, got ${describe(raw)}`);
    return false;
  }

  /** True when the field is present and a non-empty string. */
  text(raw: Record<string, unknown>, field: string, { required = false } = {}): boolean {
    const value = raw[field];
    if (value === undefined) {
      if (required) this.problem(field, 'is missing');
      return false;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      this.problem(field, `expected text, got ${describe(value)}`);
      return false;
    }
    return true;
  }

  oneOf(raw: Record<string, unknown>, field: string, allowed: readonly string[], { required = false } = {}): void {
    const value = raw[field];
    if (value === undefined) {
      if (required) this.problem(field, `is missing (one of: ${allowed.join(', ')})`);
      return;
    }
    if (typeof value !== 'string' || !allowed.includes(value)) {
      this.problem(field, `expected one of ${allowed.join(', ')}; got ${describe(value)}`);
    }
  }

  year(raw: Record<string, unknown>, field: string): number | undefined {
    const value = raw[field];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1900 || value > 2100) {
      this.problem(field, `expected a year such as 2008, got ${describe(value)}`);
      return undefined;
    }
    return value;
  }

  count(raw: Record<string, unknown>, field: string): void {
    const value = raw[field];
    if (value === undefined) return;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      this.problem(field, `expected a whole number, got ${describe(value)}`);
    }
  }

  list(raw: Record<string, unknown>, field: string): unknown[] {
    const value = raw[field];
    if (Array.isArray(value)) return value;
    this.problem(field, value === undefined ? 'is missing (expected a list)' : `expected a list, got ${describe(value)}`);
    return [];
  }

  evidence(raw: Record<string, unknown>): void {
    const value = raw.evidence;
    if (value === undefined) return;
    if (!Array.isArray(value)) {
      this.problem('evidence', `expected a list of { quote, section }, got ${describe(value)}`);
      return;
    }
    value.forEach((item, i) => {
      const field = `evidence[${i + 1}]`;
      const quote = (item as { quote?: unknown } | null)?.quote;
      const section = (item as { section?: unknown } | null)?.section;
      if (typeof quote !== 'string' || quote.trim() === '') this.problem(field, 'needs a quote (text)');
      else if (quote.length >= MAX_QUOTE) this.problem(field, `quote is ${quote.length} characters; keep it under ${MAX_QUOTE}`);
      if (typeof section !== 'string' || section.trim() === '') this.problem(field, 'needs a section (text)');
    });
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value === '' ? 'empty text' : `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
