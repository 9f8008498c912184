// A story on stage: which step is shown, the network of that step and of the one before, moving between them.

import type { Network } from '../core/model/types';
import { stepNetwork } from '../core/story/step-network';
import type { Story, StoryStep } from '../core/story/types';

export class PresenterState {
  story = $state.raw<Story | null>(null);
  index = $state(0);
  /** Presenting: the step's network replaces the scenario on screen, and the editing chrome goes. */
  readonly active = $derived(this.story !== null);
  readonly step: StoryStep | null = $derived(this.story?.steps[this.index] ?? null);
  readonly network: Network | null;
  /** The step before (the baseline for the first): what this step's numbers and marks are compared with. */
  readonly previous: Network | null;
  readonly #baseline: () => Network;

  constructor(baseline: () => Network) {
    this.#baseline = baseline;
    this.network = $derived(this.step ? stepNetwork(this.#baseline(), this.step) : null);
    this.previous = $derived.by(() => {
      const before = this.story?.steps[this.index - 1];
      return this.step ? (before ? stepNetwork(this.#baseline(), before) : this.#baseline()) : null;
    });
  }

  get count(): number {
    return this.story?.steps.length ?? 0;
  }

  start(story: Story, at = 0): void {
    this.story = story;
    this.index = Math.max(0, Math.min(at, story.steps.length - 1));
  }

  next(): void {
    this.go(this.index + 1);
  }

  previousStep(): void {
    this.go(this.index - 1);
  }

  go(index: number): void {
    if (this.story) this.index = Math.max(0, Math.min(index, this.story.steps.length - 1));
  }

  stop(): void {
    this.story = null;
    this.index = 0;
  }
}
