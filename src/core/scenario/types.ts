// The scenario layer's data: edits to a baseline network, and a saved scenario. Plain JSON throughout.

import type { Actor, Tie } from '../model/types';

/** Version of the scenario file format. Do not change without a migration in readScenarioFile. */
export const SCENARIO_SCHEMA_VERSION = 1;

/** The `format` tag that tells a scenario file from a network file. Do not change. */
export const SCENARIO_FORMAT = 'bridgework-scenario';

/**
 * Attribute changes for `changeActor`: a value sets the field, `null` clears an optional one
 * (JSON has no `undefined`, so null is how a saved scenario says "remove the community").
 * Clearing a required field (name, kind, country, level) is reported as a problem.
 */
export type ActorChanges = { [K in Exclude<keyof Actor, 'id'>]?: Actor[K] | null };

/** One step of a scenario, applied in order to the baseline by applyEdits. */
export type Edit =
  /** Adds a new actor; its id must not be in use. */
  | { op: 'addActor'; actor: Actor }
  /** Removes an actor and every tie it has. */
  | { op: 'removeActor'; id: string }
  /** Adds a tie between two actors present at that point; its id must not be in use. */
  | { op: 'addTie'; tie: Tie }
  /** Removes one tie by id (a parallel tie between the same pair stays). */
  | { op: 'removeTie'; id: string }
  /** Changes attributes of an actor present at that point (never its id). */
  | { op: 'changeActor'; id: string; changes: ActorChanges }
  /**
   * A composite (add partner, add broker, a suggestion) applied and undone as one step:
   * all of its edits apply, or, if one of them cannot, none does.
   */
  | { op: 'group'; label: string; edits: Edit[] };

export type EditOp = Edit['op'];

/** The composite edit that addPartner, addBroker, addTies and the suggestions return. */
export type GroupEdit = Extract<Edit, { op: 'group' }>;

export const EDIT_OPS: readonly EditOp[] = ['addActor', 'removeActor', 'addTie', 'removeTie', 'changeActor', 'group'];

/** A named what-if: the baseline network plus an ordered list of edits (METRICS.md). */
export interface Scenario {
  /** Stable id, used to keep several scenarios apart (side by side, in storage). */
  id: string;
  /** What the user calls it ("Broker for Kosovo Serb women"). */
  name: string;
  /** Free text: why this scenario, what it assumes. May be empty. */
  note: string;
  /** Layout seed, so the same scenario lays out the same way twice (STYLE.md, item 4). */
  seed: number;
  /** The edits, applied in order to the baseline. */
  edits: Edit[];
}

/** A scenario as saved to a file: the scenario plus what it was made against. */
export interface ScenarioFile {
  schemaVersion: typeof SCENARIO_SCHEMA_VERSION;
  format: typeof SCENARIO_FORMAT;
  /** Title of the baseline network the edits were made against, shown when the file is opened. */
  baselineTitle?: string;
  scenario: Scenario;
}
