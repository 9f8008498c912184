// Parses XML safely (no DOCTYPE, no entities, no errors let through) and walks it by local name.

import { DOMParser, type Element } from '@xmldom/xmldom';
import { inFile, say, type ProblemWords } from '../model/problem-words';

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
export function parseXml(file: string, text: string, words: ProblemWords): XmlParse {
  if (DECLARATION.test(text)) return { ok: false, errors: [inFile(words, file, 'problems.xmlDeclaration')] };
  // The parser's own detail stays in its (English) words, quoted inside ours.
  const notWellFormed = (at: string, detail: string): string => inFile(words, at, 'problems.notWellFormedXml', { detail });
  const errors: string[] = [];
  const onError = (level: 'warning' | 'error' | 'fatalError', message: string, context: unknown): void => {
    if (level === 'warning') return;
    const locator = (context as { locator?: { lineNumber?: number; columnNumber?: number } } | undefined)?.locator;
    // Before the first element the locator may still say line 0.
    const at =
      locator?.lineNumber === undefined
        ? file
        : say(words, 'problems.atLineColumn', { file, line: String(Math.max(1, locator.lineNumber)), column: String(Math.max(1, locator.columnNumber ?? 1)) });
    errors.push(notWellFormed(at, message));
  };
  try {
    const document = new DOMParser({ onError }).parseFromString(text, 'application/xml');
    const root = document.documentElement;
    if (errors.length > 0 || root === null) return { ok: false, errors: errors.length > 0 ? errors : [inFile(words, file, 'problems.noXmlElement')] };
    return { ok: true, root };
  } catch (error) {
    // A fatal error was reported to onError before the parser threw; anything else is named here.
    return { ok: false, errors: errors.length > 0 ? errors : [notWellFormed(file, error instanceof Error ? error.message : String(error))] };
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

/** `node "kwn" (line 12)`, or `node 3 (line 12)` when it has no id: a place for messages. The element's name is XML's own. */
export function placeOf(element: Element, position: number, words: ProblemWords): string {
  const id = element.getAttribute('id');
  const name = element.localName ?? 'element';
  const place = id ? say(words, 'problems.elementWithId', { element: name, id }) : say(words, 'problems.elementAt', { element: name, position: String(position) });
  return element.lineNumber === undefined ? place : say(words, 'problems.onLine', { place, line: String(element.lineNumber) });
}
