// fast-check arbitraries for the io tests: valid networks whose text survives every format's rules.

import fc from 'fast-check';
import { ACTOR_KINDS, CAPACITIES, COUNTRIES, LEVELS, TIE_KINDS, type Actor, type Network, type Tie } from '../../../src/core/model/types';

/**
 * Characters that break naive writers: delimiters, quotes, markup, formula starts, accents,
 * inner line breaks. Text is trimmed and non-empty, as every reader trims values.
 */
const tricky = fc
  .string({ unit: fc.constantFrom(...'aZ09 ,;"\'=+-@<>&\n\tžé€'.split('')), minLength: 1, maxLength: 12 })
  .map((s) => s.trim())
  .filter((s) => s !== '' && !/^(__proto__|constructor|prototype)$/i.test(s));

const year = fc.integer({ min: 1900, max: 2100 });
const extra = fc.dictionary(fc.constantFrom('Budget', 'type', 'extra.x', 'Modularity Class', 'kind', 'website'), tricky, { maxKeys: 2 });
const evidence = fc.array(fc.record({ quote: tricky, section: tricky }), { minLength: 1, maxLength: 2 });

const actorFields = fc.record(
  {
    name: tricky,
    short: tricky,
    kind: fc.constantFrom(...ACTOR_KINDS),
    country: fc.constantFrom(...COUNTRIES),
    level: fc.constantFrom(...LEVELS),
    community: tricky,
    capacity: fc.constantFrom(...CAPACITIES),
    since: year,
    memberCount: fc.nat(500),
    note: tricky,
    evidence,
    extra,
  },
  { requiredKeys: ['name', 'kind', 'country', 'level'] },
);

export const arbitraryNetwork: fc.Arbitrary<Network> = fc
  .array(actorFields, { minLength: 1, maxLength: 6 })
  .chain((actors) => {
    const n = actors.length;
    const tie = fc.record(
      { ends: fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), kind: fc.constantFrom(...TIE_KINDS), since: fc.option(year, { nil: undefined }), note: fc.option(tricky, { nil: undefined }), extra: fc.option(extra, { nil: undefined }) },
    );
    return fc.tuple(fc.constant(actors), fc.array(tie, { maxLength: 8 }), fc.nat(n - 1), tricky);
  })
  .map(([fields, tieFields, facilitator, title]) => {
    const actors: Actor[] = fields.map((f, i) => ({ id: `a${i}`, ...f, extra: emptyToUndefined(f.extra) }) as Actor).map(dropUndefined);
    const ties: Tie[] = tieFields
      .filter((t) => t.ends[0] !== t.ends[1])
      .map((t, i) => dropUndefined({ id: `t${i}`, source: `a${t.ends[0]}`, target: `a${t.ends[1]}`, kind: t.kind, since: t.since, note: t.note, extra: emptyToUndefined(t.extra) }));
    return { schemaVersion: 1, title, facilitator: `a${facilitator}`, actors, ties };
  });

function emptyToUndefined(record: Record<string, string> | undefined): Record<string, string> | undefined {
  return record === undefined || Object.keys(record).length === 0 ? undefined : record;
}

function dropUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}
