// Text made safe for an XML attribute or element: escaped, and without characters XML 1.0 forbids.

/** Control characters other than tab, LF and CR, and lone surrogates, cannot appear in XML 1.0 at all. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/**
 * Forbidden characters become U+FFFD. Tabs and line breaks are written as references, so that
 * attribute values keep them (a parser would otherwise fold them into spaces).
 */
export function xmlText(value: string | number): string {
  return String(value)
    .replace(FORBIDDEN, '\uFFFD')
    .replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c] as string);
}
