// The headline numbers of one network at one k, and which way each moved between two of them.

import { buildGraphIndex } from '../graph/build-graph-index';
import type { Network } from '../model/types';
import { reachWithoutFacilitator } from '../metrics/fragility';
import { headline } from '../metrics/headline';
import type { Direction } from './types';

export interface StepNumbers {
  k: number;
  reach: number | null;
  inclusion: number | null;
  leastIncluded: string | null;
  overlap: number | null;
  reachWithoutFacilitator: number | null;
  /** R_k(g) for every community present. */
  groups: Record<string, number | null>;
  cutOff: number;
}

/** Reach, Inclusion, Overlap, Reach without the facilitator and the community bars (METRICS.md). */
export function numbersOf(network: Network, k: number): StepNumbers {
  const index = buildGraphIndex(network);
  const top = headline(index, { k });
  return {
    k,
    reach: top.reach,
    inclusion: top.inclusion,
    leastIncluded: top.leastIncluded,
    overlap: top.overlap,
    reachWithoutFacilitator: reachWithoutFacilitator(index, { k }),
    groups: top.groups,
    cutOff: top.cutOff.count,
  };
}

/**
 * Rounding noise is not a movement: numbers closer than this are 'same'. Far below what the
 * app shows (0.1 percentage point), far above float error.
 */
const SAME = 1e-9;

/** 'up', 'down' or 'same'; null when either side is n/a, since n/a has no direction. */
export function directionOf(before: number | null | undefined, after: number | null | undefined): Direction | null {
  if (before === null || before === undefined || after === null || after === undefined) return null;
  if (after > before + SAME) return 'up';
  if (after < before - SAME) return 'down';
  return 'same';
}

/** 24.7% (one decimal), or n/a. */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? 'n/a' : `${(100 * value).toFixed(1)}%`;
}
