// Reads a network from GraphML (yEd, Cytoscape, NetworkX, igraph): nodes become actors, edges ties.

import { childElements, placeOf, type Element } from './xml-document';
import { titleFromFile, type ImportFile, type ImportOptions, type NetworkRead } from './network-read';
import { emptyRecord, putValue, type SourceRecord } from './source-record';
import type { Table } from './field-names';
import { assembleXml } from './xml-network';
import { openXmlGraph } from './open-xml-graph';

interface Key {
  name: string;
  fallback: string | undefined;
}

/**
 * Each `<data>` is named by its `<key attr.name>` and maps to a field as a CSV column does
 * (data/IMPORT.md; "label" or "name" is the name); others go to `extra`. Data holding markup
 * (yEd's graphics) is skipped. Nested graphs are not read.
 */
export function readGraphml(input: ImportFile, options: ImportOptions = {}): NetworkRead {
  const file = input.name;
  const opened = openXmlGraph(input, 'graphml', options.words);
  if (!opened.ok) return opened.refusal;
  const { root, graph, words } = opened;

  const dropped = new Set<string>();
  const keyElements = childElements(root, 'key');
  const records = (item: 'node' | 'edge', table: Table, fields: readonly string[]): SourceRecord[] => {
    const keys = readKeys(keyElements.filter((k) => [item, 'all', null].includes(k.getAttribute('for'))));
    return childElements(graph, item).map((element, i) => {
      const record = emptyRecord(file, placeOf(element, i + 1, words));
      for (const key of keys.values()) if (key.fallback !== undefined) putValue(record, table, key.name, key.fallback, dropped);
      for (const data of childElements(element, 'data')) {
        if (hasElementChild(data)) continue;
        const id = data.getAttribute('key') ?? '';
        putValue(record, table, keys.get(id)?.name ?? id, data.textContent ?? '', dropped);
      }
      for (const field of fields) {
        const value = element.getAttribute(field)?.trim();
        if (value) record.fields.set(field, value);
      }
      return record;
    });
  };
  const actors = records('node', 'actor', ['id']);
  const ties = records('edge', 'tie', ['id', 'source', 'target']);
  return assembleXml({ file, title: options.title ?? titleFromFile(file), actors, ties, dropped, options });
}

function readKeys(elements: readonly Element[]): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const element of elements) {
    const id = element.getAttribute('id') ?? '';
    const fallback = childElements(element, 'default')[0]?.textContent ?? undefined;
    keys.set(id, { name: element.getAttribute('attr.name') ?? id, fallback: fallback?.trim() ? fallback : undefined });
  }
  return keys;
}

function hasElementChild(element: Element): boolean {
  for (let node = element.firstChild; node !== null; node = node.nextSibling) if (node.nodeType === 1) return true;
  return false;
}
