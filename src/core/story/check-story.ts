// Checks a story against the network it is told on: edits apply, focus ids exist, captions match the numbers.

import type { Network } from '../model/types';
import { applyEdits } from '../scenario/apply';
import { stepNetwork } from './step-network';
import { directionOf, numbersOf, percent, type StepNumbers } from './step-numbers';
import { EXPECTED_NUMBERS, type Story, type StoryStep } from './types';

const LABELS: Record<(typeof EXPECTED_NUMBERS)[number], string> = {
  reach: 'Reach',
  inclusion: 'Inclusion',
  overlap: 'Overlap',
  reachWithoutFacilitator: 'Reach without the facilitator',
};

/**
 * Every way `story` does not fit `network`, as sentences naming the step and field: edits
 * that do not apply, focus ids that are not in the step's network (after its edits, in its
 * year), and `expect` directions the numbers contradict. Empty when the story fits.
 */
export function checkStoryAgainst(story: Story, network: Network): string[] {
  const problems: string[] = [];
  story.steps.forEach((step, i) => {
    const where = `step ${i + 1} ("${step.title}")`;
    for (const p of applyEdits(network, step.edits).problems) problems.push(`${where}: ${p.message}`);
    const shown = stepNetwork(network, step);
    const present = new Set(shown.actors.map((a) => a.id));
    const known = new Set(network.actors.map((a) => a.id));
    step.focus.forEach((id, j) => {
      if (present.has(id)) return;
      const why = known.has(id) && step.year !== null ? `is not in the network in ${step.year}` : 'is not in the network';
      problems.push(`${where}, focus[${j + 1}]: "${id}" ${why}`);
    });
    if (step.expect) problems.push(...expectationProblems(story, network, i).map((p) => `${where}, expect: ${p}`));
  });
  return problems;
}

/** The step's network and the one its expectations compare with, both at the step's k. */
export function comparedNumbers(story: Story, network: Network, i: number): { before: StepNumbers; after: StepNumbers; against: string } {
  const step = story.steps[i]!;
  const previous = step.expect?.relativeTo === 'baseline' || i === 0 ? null : story.steps[i - 1]!;
  const before = numbersOf(previous === null ? network : stepNetwork(network, previous), step.k);
  const against = previous === null ? 'the baseline' : 'the previous step';
  return { before, after: numbersOf(stepNetwork(network, step), step.k), against };
}

function expectationProblems(story: Story, network: Network, i: number): string[] {
  const step: StoryStep = story.steps[i]!;
  const expect = step.expect ?? {};
  const { before, after, against } = comparedNumbers(story, network, i);
  const problems: string[] = [];
  const test = (label: string, wanted: string | undefined, from: number | null | undefined, to: number | null | undefined) => {
    if (wanted === undefined) return;
    const moved = directionOf(from, to);
    if (moved !== wanted) problems.push(`${label} should ${wanted === 'same' ? 'stay the same as' : `go ${wanted} from`} ${against}, but it goes from ${percent(from)} to ${percent(to)}${moved === null ? '' : ` (${moved})`}`);
  };
  for (const name of EXPECTED_NUMBERS) test(LABELS[name], expect[name], before[name], after[name]);
  for (const [group, wanted] of Object.entries(expect.groups ?? {})) test(`Reach of the ${group} community`, wanted, before.groups[group], after.groups[group]);
  return problems;
}
