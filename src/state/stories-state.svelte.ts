// The presenter's own stories: made step by step from views of the app, reordered, captioned, saved with the rest.

import { STORY_FORMAT, STORY_SCHEMA_VERSION, type Story, type StoryStep } from '../core/story/types';
import { t } from '../i18n/i18n.svelte';
import type { ScenarioState } from './scenario-state.svelte';
import type { ViewState } from './view-state.svelte';

export class StoriesState {
  stories = $state.raw<readonly Story[]>([]);
  /** The story open in the editor, by id. */
  editingId = $state<string | null>(null);
  readonly editing: Story | null = $derived(this.stories.find((s) => s.id === this.editingId) ?? null);
  readonly #scenarios: ScenarioState;
  readonly #view: ViewState;

  constructor(scenarios: ScenarioState, view: ViewState) {
    this.#scenarios = scenarios;
    this.#view = view;
  }

  create(title = t('stories.defaultTitle', { number: this.stories.length + 1 })): Story {
    const taken = new Set(this.stories.map((s) => s.id));
    let n = this.stories.length + 1;
    while (taken.has(`story-${n}`)) n++;
    const story: Story = { schemaVersion: STORY_SCHEMA_VERSION, format: STORY_FORMAT, id: `story-${n}`, title, steps: [] };
    this.stories = [...this.stories, story];
    this.editingId = story.id;
    return story;
  }

  /** What is on screen now as a new last step: the scenario's edits, the year, the selected actor, k and sizes. */
  addCurrentView(): void {
    const story = this.editing;
    if (!story) return;
    const scenario = this.#scenarios.active;
    const step: StoryStep = {
      title: scenario?.name ?? t('stories.baselineStep'),
      caption: scenario?.note ?? '',
      edits: $state.snapshot(scenario?.edits ?? []) as StoryStep['edits'],
      year: this.#view.year,
      focus: this.#view.selectedId ? [this.#view.selectedId] : [],
      k: this.#view.k,
      sizeBy: this.#view.sizeBy,
    };
    this.#replace({ ...story, steps: [...story.steps, step] });
  }

  updateStep(index: number, changes: Partial<Pick<StoryStep, 'title' | 'caption'>>): void {
    const story = this.editing;
    if (story) this.#replace({ ...story, steps: story.steps.map((s, i) => (i === index ? { ...s, ...changes } : s)) });
  }

  /** Moves a step up (-1) or down (+1). */
  moveStep(index: number, by: -1 | 1): void {
    const story = this.editing;
    const to = index + by;
    if (!story || to < 0 || to >= story.steps.length) return;
    const steps = [...story.steps];
    [steps[index], steps[to]] = [steps[to]!, steps[index]!];
    this.#replace({ ...story, steps });
  }

  deleteStep(index: number): void {
    const story = this.editing;
    if (story) this.#replace({ ...story, steps: story.steps.filter((_, i) => i !== index) });
  }

  rename(title: string): void {
    const story = this.editing;
    if (story && title.trim()) this.#replace({ ...story, title: title.trim() });
  }

  delete(id: string): void {
    this.stories = this.stories.filter((s) => s.id !== id);
    if (this.editingId === id) this.editingId = null;
  }

  #replace(story: Story): void {
    this.stories = this.stories.map((s) => (s.id === story.id ? story : s));
  }
}
