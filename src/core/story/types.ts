// A presenter's story: numbered steps, each a scenario of the baseline at a year, with what to highlight.

import type { Evidence } from '../model/types';
import type { Edit } from '../scenario/types';

/** Version of the story file format. Do not change without a migration in readStory. */
export const STORY_SCHEMA_VERSION = 1;

/** The `format` tag that tells a story file from a network or scenario file. Do not change. */
export const STORY_FORMAT = 'bridgework-story';

/** The metrics an actor's size can follow on stage (the same names as the lead's size menu). */
export const SIZE_BY = ['degree', 'betweenness', 'reach', 'constraint'] as const;
export type SizeBy = (typeof SIZE_BY)[number];

/** How a number moved between two steps; a caption that says "falls" stores 'down'. */
export const DIRECTIONS = ['up', 'down', 'same'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The headline numbers an expectation can speak of (METRICS.md). */
export const EXPECTED_NUMBERS = ['reach', 'inclusion', 'overlap', 'reachWithoutFacilitator'] as const;
export type ExpectedNumber = (typeof EXPECTED_NUMBERS)[number];

/**
 * What the caption claims about the numbers, so a test (and checkStoryAgainst) can hold the
 * caption to them. Compared with the previous step (default; the baseline for step 1) or the
 * baseline itself (the whole network, no edits), both at this step's k.
 */
export type StepExpect = { [N in ExpectedNumber]?: Direction } & {
  relativeTo?: 'previous' | 'baseline';
  /** Direction of R_k(g) for named communities, e.g. { "Kosovo Serb": "up" }. */
  groups?: Record<string, Direction>;
};

export interface StoryStep {
  title: string;
  /** A sentence or two, read aloud or shown under the title. */
  caption: string;
  /** Applied to the baseline; [] is the baseline itself. Every step holds its full list, so any step can be shown first. */
  edits: Edit[];
  /** The timeline year to show, or null for the whole network. */
  year: number | null;
  /** Actor ids to highlight. */
  focus: string[];
  /** Step horizon, 1..4 (METRICS.md; default 2). */
  k: number;
  sizeBy?: SizeBy;
  /** The report's words behind the step. */
  evidence?: Evidence;
  expect?: StepExpect;
}

export interface Story {
  schemaVersion: typeof STORY_SCHEMA_VERSION;
  format: typeof STORY_FORMAT;
  id: string;
  title: string;
  steps: StoryStep[];
}
