// The network one story step shows: the baseline with the step's edits, as it stood in the step's year.

import type { Network } from '../model/types';
import { applyEdits } from '../scenario/apply';
import { networkInYear } from '../scenario/timeline';
import type { StoryStep } from './types';

/**
 * applyEdits(baseline, step.edits), then networkInYear when the step names a year. Edits
 * that no longer apply are skipped as applyEdits skips them; checkStoryAgainst reports them.
 * The baseline is never changed.
 */
export function stepNetwork(baseline: Network, step: Pick<StoryStep, 'edits' | 'year'>): Network {
  const { network } = applyEdits(baseline, step.edits);
  return step.year === null ? network : networkInYear(network, step.year);
}
