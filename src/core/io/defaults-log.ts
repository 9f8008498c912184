// The values an import fills in when a file leaves them out, and the warnings that say so.

import { inFile, listPlaces, say, type ProblemWords } from '../model/problem-words';
import type { ActorKind, Country, Level, TieKind } from '../model/types';

/** data/IMPORT.md documents these; keep the two in step. */
export const DEFAULT_ACTOR_KIND: ActorKind = 'civil_society';
export const DEFAULT_COUNTRY: Country = 'regional';
export const DEFAULT_TIE_KIND: TieKind = 'partnership';

/** An actor in one of the three countries most likely works nationally; otherwise at its country's scale. */
export function levelForCountry(country: unknown): Level {
  if (country === 'Kosovo' || country === 'BiH' || country === 'Serbia') return 'national';
  return country === 'international' ? 'international' : 'regional';
}

/** Collects each defaulted value with where it happened, and says it in one warning per field. */
export class DefaultsLog {
  private readonly entries = new Map<string, { file: string; noun: string; field: string; places: string[]; values: Set<string> }>();

  note(file: string, noun: 'actor' | 'tie', field: string, value: string, place: string): void {
    const key = `${file}\u0000${noun}\u0000${field}`;
    let entry = this.entries.get(key);
    if (entry === undefined) {
      entry = { file, noun, field, places: [], values: new Set() };
      this.entries.set(key, entry);
    }
    entry.places.push(place);
    entry.values.add(value);
  }

  /** E.g. `ties.csv: 2 actors have no kind (line 2, line 3); they were given "civil_society"`. */
  warnings(words: ProblemWords): string[] {
    return [...this.entries.values()].map(({ file, noun, field, places, values }) => {
      const given = [...values].map((v) => `"${v}"`).reduce((first, second) => say(words, 'problems.either', { first, second }));
      const key = noun === 'actor' ? 'problems.defaultedActors' : 'problems.defaultedTies';
      return inFile(words, file, key, { count: places.length, field, places: listPlaces(words, places), values: given });
    });
  }
}
