// The networks a user can open: the embedded one and those imported, each with its own scenarios.

import type { Network } from '../core/model/types';
import type { ScenarioSnapshot, ScenarioState } from './scenario-state.svelte';

export interface ImportedNetwork {
  id: string;
  network: Network;
  /** The file or files it came from. */
  fileNames: string[];
  importedAt: string;
}

/** The shelf key of the embedded network. */
export const EMBEDDED = 'embedded';

export class LibraryState {
  imported = $state.raw<readonly ImportedNetwork[]>([]);
  /** The open network: an imported one's id, or null for the embedded network. */
  currentId = $state<string | null>(null);
  /** The scenarios of the networks not open now, by network id (EMBEDDED for the embedded one). */
  shelf = $state.raw<ReadonlyMap<string, ScenarioSnapshot>>(new Map());
  readonly #embedded: Network;
  readonly #scenarios: ScenarioState;

  constructor(embedded: Network, scenarios: ScenarioState) {
    this.#embedded = embedded;
    this.#scenarios = scenarios;
  }

  get embedded(): Network {
    return this.#embedded;
  }

  networkOf(id: string | null): Network | undefined {
    return id === null ? this.#embedded : this.imported.find((n) => n.id === id)?.network;
  }

  /** Opens a network, shelving the scenarios of the one open before, and bringing back its own. */
  open(id: string | null): void {
    const network = this.networkOf(id);
    if (!network || id === this.currentId) return;
    const shelf = new Map(this.shelf);
    shelf.set(this.currentId ?? EMBEDDED, this.#scenarios.snapshot());
    const own = shelf.get(id ?? EMBEDDED);
    shelf.delete(id ?? EMBEDDED);
    this.shelf = shelf;
    this.currentId = id;
    this.#scenarios.open(network, own);
  }

  /** Keeps an imported network and opens it. */
  add(network: Network, fileNames: string[], now = new Date()): string {
    const taken = new Set(this.imported.map((n) => n.id));
    let n = this.imported.length + 1;
    while (taken.has(`imported-${n}`)) n++;
    const id = `imported-${n}`;
    this.imported = [...this.imported, { id, network, fileNames, importedAt: now.toISOString() }];
    this.open(id);
    return id;
  }
}
