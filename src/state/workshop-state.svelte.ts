// The workshop: the exercises, the one being tried (a scenario of its own, so it is saved), and the live check.

import type { Network } from '../core/model/types';
import type { Edit } from '../core/scenario/types';
import { readExercises } from '../core/workshop/exercises-file';
import { checkExercise, type ExerciseCheck } from '../core/workshop/check-exercise';
import { checkExercisesAgainst } from '../core/workshop/check-exercises-against';
import { translateExercise, type ExercisesTranslation } from '../core/workshop/exercise-translation';
import type { Exercise } from '../core/workshop/types';
import { i18n, t } from '../i18n/i18n.svelte';
import type { Locale } from '../i18n/locales';
import { exercisesTranslation } from './content-translations';
import type { ScenarioState } from './scenario-state.svelte';
import { interfaceWords } from './workshop-words';

/** An attempt is the scenario of this name (in the language it began in): the exercise's start, then the trainee's edits. */
export function attemptName(exercise: Pick<Exercise, 'title'>): string {
  return t('workshop.attemptName', { title: exercise.title });
}

export class WorkshopState {
  /** The exercises as read: the shipped ones, which have translations, or a facilitator's own, which are shown as written. */
  #read = $state.raw<{ exercises: readonly Exercise[]; shipped: boolean }>({ exercises: [], shipped: false });
  #translations = $state.raw<Partial<Record<Locale, ExercisesTranslation>>>({});
  /** The attempt scenario of each exercise tried in this visit, by exercise id: it stays the attempt when the language changes. */
  #attempts = $state.raw<ReadonlyMap<string, string>>(new Map());
  readonly exercises: readonly Exercise[];
  /** The panel is open. */
  open = $state(false);
  exerciseId = $state<string | null>(null);
  hintsShown = $state(0);
  error = $state<string | null>(null);
  /** The shipped exercises were asked for on a network they were not written for (an imported one). */
  forAnotherNetwork = $state(false);
  readonly exercise: Exercise | null;
  /** The trainee's own edits: the attempt's, after the exercise's start. */
  readonly edits: readonly Edit[] | null;
  readonly check: ExerciseCheck | null;
  readonly #scenarios: ScenarioState;

  constructor(scenarios: ScenarioState) {
    this.#scenarios = scenarios;
    this.exercises = $derived.by(() => {
      const { exercises, shipped } = this.#read;
      const translation = shipped ? this.#translations[i18n.locale] : undefined;
      return translation ? exercises.map((e) => translateExercise(e, translation)) : exercises;
    });
    this.exercise = $derived(this.exercises.find((e) => e.id === this.exerciseId) ?? null);
    this.edits = $derived.by(() => {
      const exercise = this.exercise;
      const active = this.#scenarios.active;
      if (!exercise || !active || active.id !== this.#attempts.get(exercise.id)) return null;
      return active.edits.slice((exercise.start ?? []).length);
    });
    this.check = $derived(this.exercise && this.edits ? checkExercise(this.exercise, this.#baseline(), this.edits, interfaceWords) : null);
  }

  /** Loads the shipped exercises the first time the workshop opens. */
  async load(): Promise<void> {
    if (this.exercises.length > 0) return;
    const { default: text } = await import('../../data/exercises.json?raw');
    this.#use(text, 'data/exercises.json', true);
  }

  /** Loads the shipped exercises' words in `locale`, once; until they arrive the exercises read as shipped. */
  async translate(locale: Locale): Promise<void> {
    if (locale in this.#translations) return;
    const translation = await exercisesTranslation(locale);
    if (translation) this.#translations = { ...this.#translations, [locale]: translation };
  }

  /**
   * A facilitator's own exercises file replaces the list, if every exercise reads and fits the
   * network on screen; otherwise the errors name the file, the exercise and the field, and the
   * list stays as it was.
   */
  loadFile(text: string, fileName: string): void {
    this.#use(text, fileName);
  }

  #use(text: string, fileName: string, shipped = false): void {
    const words = i18n.problemWords();
    const read = readExercises(text, fileName, words);
    const misfits = read.ok ? checkExercisesAgainst(read.file.exercises, this.#baseline(), words, interfaceWords).map((e) => `${fileName}: ${e}`) : read.errors;
    // Not the trainee's fault nor the file's: they are the report's exercises, and another network is open.
    this.forAnotherNetwork = shipped && read.ok && misfits.length > 0;
    if (this.forAnotherNetwork) {
      this.error = null;
      return;
    }
    if (!read.ok || misfits.length > 0) {
      this.error = misfits.slice(0, 20).join('\n');
      return;
    }
    this.error = null;
    this.#read = { exercises: read.file.exercises, shipped };
    this.exerciseId = null;
  }

  /** Shows an exercise, continuing its saved attempt or starting one from the exercise's start. */
  choose(id: string): void {
    const exercise = this.exercises.find((e) => e.id === id);
    if (!exercise) return;
    this.exerciseId = id;
    this.hintsShown = 0;
    const known = this.#attempts.get(id);
    const attempt = this.#scenarios.scenarios.find((s) => s.id === known) ?? this.#scenarios.scenarios.find((s) => s.name === attemptName(exercise));
    if (attempt) this.#scenarios.show(attempt.id);
    const shown = attempt ?? this.#scenarios.create(attemptName(exercise), [...(exercise.start ?? [])]);
    this.#attempts = new Map([...this.#attempts, [id, shown.id]]);
  }

  /** Back to the exercise's start, as one step that can be undone. */
  reset(): void {
    if (this.exercise && this.edits) this.#scenarios.replaceEdits([...(this.exercise.start ?? [])]);
  }

  /** Replaces the attempt with the known solution (after the start), undoably. */
  showSolution(): void {
    if (this.exercise && this.edits) this.#scenarios.replaceEdits([...(this.exercise.start ?? []), ...this.exercise.solution]);
  }

  nextHint(): void {
    this.hintsShown = Math.min(this.hintsShown + 1, this.exercise?.hints.length ?? 0);
  }

  #baseline(): Network {
    return this.#scenarios.baseline;
  }
}
