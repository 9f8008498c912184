// The plain model the model-based test checks storage against: what the user made, nothing more.

import type { Edit } from '../../src/core/scenario/types';

interface ModelScenario {
  id: string;
  name: string;
  edits: Edit[];
  past: Edit[][];
  future: Edit[][];
}

/** One network's scenarios, as ScenarioState holds them. */
class Book {
  scenarios: ModelScenario[] = [];
  activeId: string | null = null;
  referenceId: string | null = null;

  get active(): ModelScenario | undefined {
    return this.scenarios.find((s) => s.id === this.activeId);
  }

  plain() {
    return { scenarios: this.scenarios.map(({ id, name, edits }) => ({ id, name, edits })), activeId: this.activeId, referenceId: this.referenceId };
  }
}

/** What the user made, in plain arrays and maps: the answer storage must give back. */
export class Model {
  book = new Book();
  networkId: string | null = null;
  imported: string[] = [];
  /** The books of the networks visited and left, as LibraryState shelves them. */
  shelf = new Map<string, Book>();

  /** The scenario `pick` names among the scenarios and the baseline (the last choice). */
  pick(n: number): string | null {
    return this.book.scenarios[n % (this.book.scenarios.length + 1)]?.id ?? null;
  }

  create(): void {
    const { scenarios } = this.book;
    const id = numbered('scenario-', scenarios.map((s) => s.id), scenarios.length + 1);
    const name = numbered('Scenario ', scenarios.map((s) => s.name), scenarios.length + 1);
    scenarios.push({ id, name, edits: [], past: [], future: [] });
    this.book.activeId = id;
  }

  edit(edit: Edit): void {
    if (!this.book.active) this.create();
    const s = this.book.active!;
    s.past.push(s.edits);
    s.edits = [...s.edits, edit];
    s.future = [];
  }

  undo(): void {
    const s = this.book.active;
    if (!s || s.past.length === 0) return;
    s.future.unshift(s.edits);
    s.edits = s.past.pop()!;
  }

  redo(): void {
    const s = this.book.active;
    if (!s || s.future.length === 0) return;
    s.past.push(s.edits);
    s.edits = s.future.shift()!;
  }

  delete(id: string): void {
    const book = this.book;
    book.scenarios = book.scenarios.filter((s) => s.id !== id);
    if (book.activeId === id) book.activeId = null;
    if (book.referenceId === id) book.referenceId = null;
  }

  /** Imports a network and opens it; returns its id, made as LibraryState.add makes it. */
  import(): string {
    const id = numbered('imported-', this.imported, this.imported.length + 1);
    this.imported.push(id);
    this.open(id);
    return id;
  }

  /** Shelves the open network's book and takes out the other's; undo histories do not survive. */
  open(id: string | null): void {
    if (id === this.networkId) return;
    this.shelf.set(this.networkId ?? 'embedded', this.book);
    this.book = this.shelf.get(id ?? 'embedded') ?? new Book();
    this.shelf.delete(id ?? 'embedded');
    this.networkId = id;
    this.forgetHistories();
  }

  /** A reload keeps the scenarios but not their undo histories. */
  forgetHistories(): void {
    for (const book of [this.book, ...this.shelf.values()]) for (const s of book.scenarios) s.past = s.future = [];
  }

  saved() {
    const shelf = Object.fromEntries([...this.shelf].map(([id, book]) => [id, book.plain()]));
    return { networkId: this.networkId, ...this.book.plain(), shelf };
  }
}

function numbered(prefix: string, taken: string[], from: number): string {
  let n = from;
  while (taken.includes(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}
