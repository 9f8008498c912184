// Parses XML safely (no DOCTYPE, no entities, no errors let through) and walks it by local name.

import { DOMParser, type Element } from '@xmldom/xmldom';

export type { Element } from '@xmldom/xmldom';

export type XmlParse = { ok: true; root: Element } | { ok: false; errors: string[] };

/**
 * A DOCTYPE can declare entities that expand without end ("billion laughs") or read other
 * files (XXE). Network files never need one, so any is refused before the parser sees the text.
 */
const DECLARATION = /<!(DOCTYPE|ENTITY)/i;

/**
 * @xmldom/xmldom is plain JavaScript: the same parser runs in the worker, the page and Node,
 * where no DOMParser exists or the browser's would differ.
 */
export function parseXml(file: string, text: string): XmlParse {
  if (DECLARATION.test(text)) {
    return {
      ok: false,
      errors: [`${file}: refused, because it declares a DOCTYPE or an ENTITY, which XML attacks use to read other files or expand without end; remove the <!DOCTYPE …> part and try again`],
    };
  }
  const errors: string[] = [];
  const onError = (level: 'warning' | 'error' | 'fatalError', message: string, context: unknown): void => {
    if (level === 'warning') return;
    const locator = (context as { locator?: { lineNumber?: number; columnNumber?: number } } | undefined)?.locator;
    // Before the first element the locator may still say line 0.
    const at = locator?.lineNumber === undefined ? '' : `, line ${Math.max(1, locator.lineNumber)}, column ${Math.max(1, locator.columnNumber ?? 1)}`;
    errors.push(`${file}${at}: not well-formed XML (${message})`);
  };
  try {
    const document = new DOMParser({ onError }).parseFromString(text, 'application/xml');
    const root = document.documentElement;
    if (errors.length > 0 || root === null) return { ok: false, errors: errors.length > 0 ? errors : [`${file}: no XML element found`] };
    return { ok: true, root };
  } catch (error) {
    // A fatal error was reported to onError before the parser threw; anything else is named here.
    return { ok: false, errors: errors.length > 0 ? errors : [`${file}: not well-formed XML (${error instanceof Error ? error.message : String(error)})`] };
  }
}

/** The child elements with this local name, whatever namespace prefix the file uses. */
export function childElements(parent: Element, localName: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === localName) found.push(node as Element);
  }
  return found;
}

/** `node "kwn" (line 12)`, or `node 3 (line 12)` when it has no id: a place for messages. */
export function placeOf(element: Element, position: number): string {
  const id = element.getAttribute('id');
  const line = element.lineNumber === undefined ? '' : ` (line ${element.lineNumber})`;
  return `${element.localName ?? 'element'} ${id ? `"${id}"` : position}${line}`;
}
