// One CSV cell, written per RFC 4180 and safe from formula injection, and read back the same.

/** A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Formula-like text behind one or more ': what csvCell escapes once more, and reading unescapes once. */
const QUOTED_FORMULA = /^'+[=+\-@\t\r]/;

/** Text of one cell: prefixed with ' when a spreadsheet would run it, quoted when it must be. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  // Numbers are left alone: a negative number is data, and a number is never a formula.
  // Text that already looks escaped gets one more ', so that reading it back keeps what it had.
  if (typeof value === 'string' && (FORMULA_START.test(text) || QUOTED_FORMULA.test(text))) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record; CRLF line ends, as RFC 4180 asks, so Excel on every platform reads it. */
export function csvRow(cells: ReadonlyArray<string | number | undefined>): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

/** Undoes csvCell's formula prefix on import, so that export then import keeps the text. */
export function unescapeFormula(text: string): string {
  return QUOTED_FORMULA.test(text) ? text.slice(1) : text;
}
