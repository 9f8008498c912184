// A categorical attribute (community, country) of a changing set of actors: codes that stay put, names sorted on demand.

export class LiveLabels {
  #codeOf = new Map<string, number>();
  #names: string[] = [];
  /** Actors present with each code. */
  #counts: number[] = [];

  /** The code of `name`, counted once more. */
  add(name: string): number {
    let code = this.#codeOf.get(name);
    if (code === undefined) {
      code = this.#names.length;
      this.#codeOf.set(name, code);
      this.#names.push(name);
      this.#counts.push(0);
    }
    this.#counts[code]!++;
    return code;
  }

  remove(code: number): void {
    this.#counts[code]!--;
  }

  /**
   * The names in use, sorted, and each code's place among them (-1: not in use): the partition
   * as encodeLabels gives it for the actors present now, so group results match a fresh index.
   */
  sorted(): { names: string[]; rank: Int32Array } {
    const names = this.#names.filter((_, code) => this.#counts[code]! > 0).sort();
    const place = new Map(names.map((name, i) => [name, i]));
    return { names, rank: Int32Array.from(this.#names, (name) => place.get(name) ?? -1) };
  }
}
