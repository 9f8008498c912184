// The network's types: actors, ties, their evidence, and the vocabularies they draw from.

export const SCHEMA_VERSION = 1;

export const ACTOR_KINDS = [
  'womens_org', 'civil_society', 'network', 'forum', 'government', 'parliament', 'security',
  'justice', 'international', 'un', 'donor', 'media', 'academia', 'faith', 'person',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const COUNTRIES = ['Kosovo', 'BiH', 'Serbia', 'regional', 'international'] as const;
export type Country = (typeof COUNTRIES)[number];

export const LEVELS = ['local', 'meso', 'national', 'regional', 'international'] as const;
export type Level = (typeof LEVELS)[number];

export const CAPACITIES = ['established', 'emerging'] as const;
export type Capacity = (typeof CAPACITIES)[number];

export const TIE_KINDS = [
  'partnership', 'membership', 'mou', 'funding', 'training', 'coordination', 'dialogue',
] as const;
export type TieKind = (typeof TIE_KINDS)[number];

/** A verbatim quote from the source document, and the section it comes from. */
export interface Evidence {
  quote: string;
  section: string;
}

export interface Actor {
  id: string;
  name: string;
  short?: string;
  kind: ActorKind;
  country: Country;
  level: Level;
  community?: string;
  capacity?: Capacity;
  since?: number;
  /** How many members the source counts for this body (named or not), e.g. "19 members". */
  memberCount?: number;
  /** Free text the source gives about the actor beyond its attributes. */
  note?: string;
  evidence?: Evidence[];
  /** Attributes an import carried that the schema does not know; kept, shown, exported. */
  extra?: Record<string, string>;
}

export interface Tie {
  id: string;
  source: string;
  target: string;
  kind: TieKind;
  since?: number;
  until?: number;
  note?: string;
  evidence?: Evidence[];
  extra?: Record<string, string>;
}

export interface Network {
  schemaVersion: typeof SCHEMA_VERSION;
  title: string;
  /** The document the network was extracted from, if any. */
  source?: string;
  /** Id of the actor that runs the programme (METRICS.md: F). */
  facilitator: string;
  actors: Actor[];
  ties: Tie[];
}

/** Decision-makers D (METRICS.md), before the facilitator is excluded. */
export const DECISION_MAKER_KINDS: ReadonlySet<ActorKind> = new Set([
  'government', 'parliament', 'security', 'justice', 'international', 'un',
]);

/** Civil society C (METRICS.md). */
export const CIVIL_SOCIETY_KINDS: ReadonlySet<ActorKind> = new Set([
  'womens_org', 'civil_society', 'network',
]);

/** Actors without a community label belong to this one (METRICS.md). */
export const OTHER_COMMUNITY = 'other';
