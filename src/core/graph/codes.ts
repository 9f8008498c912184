// Turns a categorical attribute into small integer codes with a sorted name table.

/**
 * Codes `labels` as integers into a sorted, de-duplicated name table. Sorting makes codes
 * (and every tie-break that uses them) independent of the order of actors in the file.
 */
export function encodeLabels(labels: readonly string[]): { codes: Uint32Array; names: string[] } {
  const names = [...new Set(labels)].sort();
  const codeOf = new Map(names.map((name, code) => [name, code]));
  const codes = new Uint32Array(labels.length);
  for (let i = 0; i < labels.length; i++) codes[i] = codeOf.get(labels[i]!)!;
  return { codes, names };
}
