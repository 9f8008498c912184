// Which column, attribute or key names mean which actor or tie field; everything else is kept in `extra`.

import { isReservedKey } from './reserved-keys';

export type Table = 'actor' | 'tie';

export const ACTOR_FIELDS = [
  'id', 'name', 'short', 'kind', 'country', 'level', 'community', 'capacity', 'since', 'memberCount', 'note',
  'evidence', 'facilitator',
] as const;
export const TIE_FIELDS = ['id', 'source', 'target', 'kind', 'since', 'until', 'note', 'evidence'] as const;

/** Friendly names, compared after `normaliseName`. data/IMPORT.md lists them; keep the two in step. */
const ALIASES: Record<Table, Record<string, string>> = {
  actor: {
    type: 'kind', category: 'kind', sector: 'kind',
    acronym: 'short', abbreviation: 'short', shortname: 'short',
    label: 'name', organisation: 'name', organization: 'name', actor: 'name',
    founded: 'since', year: 'since', established: 'since',
    members: 'memberCount', membercount: 'memberCount',
    notes: 'note', comment: 'note', comments: 'note', description: 'note',
    group: 'community',
  },
  tie: {
    type: 'kind', relation: 'kind', relationship: 'kind',
    from: 'source', to: 'target',
    start: 'since', year: 'since', end: 'until',
    notes: 'note', comment: 'note', comments: 'note', description: 'note',
  },
};

/** Prefix that marks an extra column whose own name would be read as a field. */
export const EXTRA_PREFIX = 'extra.';

/** Lower case, without spaces, underscores, hyphens and dots: "Member count" -> "membercount". */
export function normaliseName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_.-]+/g, '');
}

/** The field a column name stands for, or undefined when it is an extra column. */
export function fieldOf(table: Table, name: string): string | undefined {
  if (name.trim().toLowerCase().startsWith(EXTRA_PREFIX)) return undefined;
  const key = normaliseName(name);
  const fields: readonly string[] = table === 'actor' ? ACTOR_FIELDS : TIE_FIELDS;
  const aliases = ALIASES[table];
  return fields.find((f) => f.toLowerCase() === key) ?? (Object.hasOwn(aliases, key) ? aliases[key] : undefined);
}

/** The `extra` key a column name keeps, or undefined when it must be dropped (a prototype key). */
export function extraKeyOf(name: string): string | undefined {
  let key = name.trim();
  if (key.toLowerCase().startsWith(EXTRA_PREFIX)) key = key.slice(EXTRA_PREFIX.length);
  return key === '' || isReservedKey(key) ? undefined : key;
}

/** The column name under which an `extra` key is written, so that reading it back finds `extra` again. */
export function extraColumnOf(table: Table, key: string): string {
  return fieldOf(table, key) === undefined && !key.toLowerCase().startsWith(EXTRA_PREFIX) ? key : EXTRA_PREFIX + key;
}
