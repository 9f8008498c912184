// Reads a network from GEXF (Gephi's format, 1.1 to 1.3): nodes become actors, edges ties.

import { TIE_KINDS } from '../model/types';
import { childElements, placeOf, type Element } from './xml-document';
import { titleFromFile, type ImportFile, type ImportOptions, type NetworkRead } from './network-read';
import { emptyRecord, putValue, type SourceRecord } from './source-record';
import type { Table } from './field-names';
import { canonicalValue } from './value-aliases';
import { assembleXml } from './xml-network';
import { openXmlGraph } from './open-xml-graph';

/** Attributes written by writeGexf from an Analysis: derived, so recomputed rather than imported. */
export const METRIC_PREFIX = 'metric.';

interface Model {
  titles: Map<string, string>;
  defaults: Map<string, string>;
}

/**
 * The node label is the name; attribute titles map to fields as CSV columns do (data/IMPORT.md),
 * others go to `extra`. An edge's `kind` or `label` is its kind when it spells one, else extra.
 */
export function readGexf(input: ImportFile, options: ImportOptions = {}): NetworkRead {
  const file = input.name;
  const opened = openXmlGraph(input, 'gexf', options.words);
  if (!opened.ok) return opened.refusal;
  const { root, graph, words } = opened;

  const dropped = new Set<string>();
  const models = childElements(graph, 'attributes');
  const model = (kind: string): Model => readModel(models.filter((m) => m.getAttribute('class') === kind));
  const records = (list: string, item: string, table: Table, fill: (record: SourceRecord, element: Element) => void): SourceRecord[] => {
    const elementModel = model(item);
    return childElements(graph, list)
      .flatMap((l) => childElements(l, item))
      .map((element, i) => {
        const record = emptyRecord(file, placeOf(element, i + 1, words));
        for (const [id, value] of elementModel.defaults) putValue(record, table, elementModel.titles.get(id) ?? id, value, dropped);
        for (const attvalue of childElements(element, 'attvalues').flatMap((a) => childElements(a, 'attvalue'))) {
          const id = attvalue.getAttribute('for') ?? attvalue.getAttribute('id') ?? '';
          const title = elementModel.titles.get(id) ?? id;
          if (!title.startsWith(METRIC_PREFIX)) putValue(record, table, title, attvalue.getAttribute('value') ?? '', dropped);
        }
        fill(record, element);
        return record;
      });
  };
  const actors = records('nodes', 'node', 'actor', (record, node) => {
    setFrom(record, 'id', node.getAttribute('id'));
    if (!record.fields.has('name')) setFrom(record, 'name', node.getAttribute('label'));
  });
  const ties = records('edges', 'edge', 'tie', (record, edge) => {
    for (const field of ['id', 'source', 'target']) setFrom(record, field, edge.getAttribute(field));
    for (const name of ['kind', 'label', 'weight']) {
      const value = edge.getAttribute(name)?.trim();
      if (!value) continue;
      const isKind = name !== 'weight' && (TIE_KINDS as readonly string[]).includes(canonicalValue('tieKind', value));
      if (isKind) {
        if (!record.fields.has('kind')) record.fields.set('kind', value);
      } else if (!record.extra.has(name)) record.extra.set(name, value);
    }
  });
  const description = childElements(root, 'meta').flatMap((m) => childElements(m, 'description'))[0]?.textContent?.trim();
  const title = options.title ?? (description || titleFromFile(file));
  return assembleXml({ file, title, actors, ties, dropped, options });
}

function readModel(sections: readonly Element[]): Model {
  const model: Model = { titles: new Map(), defaults: new Map() };
  for (const attribute of sections.flatMap((s) => childElements(s, 'attribute'))) {
    const id = attribute.getAttribute('id') ?? '';
    model.titles.set(id, attribute.getAttribute('title') ?? id);
    const fallback = childElements(attribute, 'default')[0]?.textContent;
    if (fallback) model.defaults.set(id, fallback);
  }
  return model;
}

/** The element's own attribute wins over an attvalue of the same meaning. */
function setFrom(record: SourceRecord, field: string, value: string | null): void {
  const text = value?.trim();
  if (text) record.fields.set(field, text);
}
