// Makes ids for actors and ties that a file gave none: readable, stable for the same input, unique.

/** "Žene Ženama (BiH)" -> "zene-zenama-bih", the kebab-case form data/README.md asks for. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    // "Women's" -> "womens", not "women-s".
    .replace(/['\u2019\u02bc`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'actor' : slug;
}

/** Hands out ids not yet taken: the first free base, else the last base with -2, -3, … appended. */
export class IdMaker {
  private readonly taken: Set<string>;

  /** Ties number with `--` (`a--b--2`), because their ids already join two actor ids with it. */
  constructor(
    taken: Iterable<string> = [],
    private readonly separator = '-',
  ) {
    this.taken = new Set(taken);
  }

  make(...bases: string[]): string {
    for (const base of bases) {
      if (!this.taken.has(base)) return this.take(base);
    }
    const base = bases[bases.length - 1] ?? 'id';
    for (let n = 2; ; n++) {
      const id = `${base}${this.separator}${n}`;
      if (!this.taken.has(id)) return this.take(id);
    }
  }

  private take(id: string): string {
    this.taken.add(id);
    return id;
  }
}
