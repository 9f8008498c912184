// Edits to a list of records with ids, kept apart from the list: a draft of thousands of actors copies only what changed.

/**
 * Reads as a Map over `base` in its order with the changes applied: a record changed keeps its place,
 * a new one goes to the end, and one removed and added again goes to the end, as with Map.set and delete.
 */
export class IdLayer<T extends { id: string }> {
  constructor(
    private readonly base: readonly T[],
    /** The base's first record with each id. */
    private readonly baseById: ReadonlyMap<string, T>,
    /** Whether `base` repeats an id (only the first counts). */
    private readonly repeats: boolean,
    /** Base records changed, or removed (null). */
    private readonly changed = new Map<string, T | null>(),
    /** Records added, in order. */
    private readonly added = new Map<string, T>(),
  ) {}

  copy(): IdLayer<T> {
    return new IdLayer(this.base, this.baseById, this.repeats, new Map(this.changed), new Map(this.added));
  }

  get(id: string): T | undefined {
    const added = this.added.get(id);
    if (added !== undefined) return added;
    const changed = this.changed.get(id);
    return changed === undefined ? this.baseById.get(id) : (changed ?? undefined);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** Replaces the record with `item`'s id in its place, or adds it at the end. */
  set(item: T): void {
    const id = item.id;
    if (this.added.has(id) || !this.inBase(id)) this.added.set(id, item);
    else this.changed.set(id, item);
  }

  delete(id: string): void {
    if (this.added.has(id)) this.added.delete(id);
    else if (this.inBase(id)) this.changed.set(id, null);
  }

  /** The records in order. */
  values(): T[] {
    const out: T[] = [];
    const seen = this.repeats ? new Set<string>() : null;
    for (const item of this.base) {
      if (seen) {
        if (seen.has(item.id)) continue;
        seen.add(item.id);
      }
      const changed = this.changed.get(item.id);
      if (changed === undefined) out.push(item);
      else if (changed !== null) out.push(changed);
    }
    for (const item of this.added.values()) out.push(item);
    return out;
  }

  /** A base id still in its base place (not removed). */
  private inBase(id: string): boolean {
    return this.baseById.has(id) && this.changed.get(id) !== null;
  }
}
