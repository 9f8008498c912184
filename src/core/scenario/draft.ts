// A network under edit: applies one edit at a time to layers over its lists, and says why an edit cannot apply.

import { ENGLISH_PROBLEMS, say, type ProblemWords } from '../model/problem-words';
import type { Actor, Network, Tie } from '../model/types';
import { networkIds } from '../model/network-ids';
import { IdLayer } from './id-layer';
import type { ActorChanges, Edit } from './types';

/** Why an edit could not apply, and where: the 1-based steps below the edit itself ([] for the edit). */
export interface Refusal {
  steps: number[];
  reason: string;
}

const REQUIRED: ReadonlySet<string> = new Set(['name', 'kind', 'country', 'level']);

/**
 * Actors and ties by id, as layers over the baseline's lists: a changed actor stays where it was and
 * new ones go to the end. A baseline with a repeated id keeps the first, as buildGraphIndex does.
 */
export class Draft {
  private constructor(
    private actors: IdLayer<Actor>,
    private ties: IdLayer<Tie>,
    /** "actor:<id>" and "tie:<id>" removed by an earlier edit, so a stale reference can say so. */
    private gone: Set<string>,
    /** The language a refusal is given in. */
    private words: ProblemWords,
  ) {}

  static of(network: Network, words: ProblemWords = ENGLISH_PROBLEMS): Draft {
    const ids = networkIds(network);
    return new Draft(
      new IdLayer(network.actors, ids.actors, ids.repeats),
      new IdLayer(network.ties, ids.ties, ids.repeats),
      new Set(),
      words,
    );
  }

  network(base: Network): Network {
    return { ...base, actors: this.actors.values(), ties: this.ties.values() };
  }

  /** Applies one edit, or changes nothing and says why not. */
  apply(edit: Edit): Refusal | null {
    const reason = this.applyOne(edit);
    return typeof reason === 'string' ? { steps: [], reason } : reason;
  }

  private missing(id: unknown, what: 'actor' | 'tie'): string {
    const shown = JSON.stringify(id) ?? String(id);
    const removed = this.gone.has(`${what}:${String(id)}`);
    if (what === 'actor') return this.say(removed ? 'fileProblems.actorRemovedEarlier' : 'fileProblems.noSuchActor', { id: shown });
    return this.say(removed ? 'fileProblems.tieRemovedEarlier' : 'fileProblems.noSuchTie', { id: shown });
  }

  private say(key: Parameters<typeof say>[1], params?: Parameters<typeof say>[2]): string {
    return say(this.words, key, params);
  }

  private applyOne(edit: Edit): string | Refusal | null {
    if (typeof edit !== 'object' || edit === null) return this.say('fileProblems.notAnEdit');
    switch (edit.op) {
      case 'addActor': {
        const id = edit.actor?.id;
        if (typeof id !== 'string' || id === '') return this.say('fileProblems.actorWithoutId');
        if (this.actors.has(id)) return this.say('fileProblems.actorIdInUse', { id });
        this.actors.set(edit.actor);
        return null;
      }
      case 'removeActor': {
        if (!this.actors.has(edit.id)) return this.missing(edit.id, 'actor');
        this.actors.delete(edit.id);
        this.gone.add(`actor:${edit.id}`);
        for (const tie of this.ties.values()) {
          if (tie.source !== edit.id && tie.target !== edit.id) continue;
          this.ties.delete(tie.id);
          this.gone.add(`tie:${tie.id}`);
        }
        return null;
      }
      case 'addTie': {
        const tie = edit.tie;
        if (typeof tie?.id !== 'string' || tie.id === '') return this.say('fileProblems.tieWithoutId');
        if (this.ties.has(tie.id)) return this.say('fileProblems.tieIdInUse', { id: tie.id });
        for (const end of ['source', 'target'] as const) {
          if (!this.actors.has(tie[end])) return this.say('fileProblems.tieEndProblem', { end, problem: this.missing(tie[end], 'actor') });
        }
        if (tie.source === tie.target) return this.say('fileProblems.tiesItself');
        this.ties.set(tie);
        return null;
      }
      case 'removeTie': {
        if (!this.ties.has(edit.id)) return this.missing(edit.id, 'tie');
        this.ties.delete(edit.id);
        this.gone.add(`tie:${edit.id}`);
        return null;
      }
      case 'changeActor': {
        const actor = this.actors.get(edit.id);
        if (actor === undefined) return this.missing(edit.id, 'actor');
        if (typeof edit.changes !== 'object' || edit.changes === null) return this.say('fileProblems.noChanges');
        const changed = changed_(actor, edit.changes, this.words);
        if (typeof changed === 'string') return changed;
        this.actors.set(changed);
        return null;
      }
      case 'group':
        return this.applyGroup(edit.edits);
      default:
        return this.say('fileProblems.unknownEdit', { op: String((edit as { op?: unknown }).op) });
    }
  }

  /** All or nothing: the steps run on a copy that replaces this draft only if every step applied. */
  private applyGroup(edits: Edit[]): Refusal | string | null {
    if (!Array.isArray(edits)) return this.say('fileProblems.groupWithoutEdits');
    const trial = new Draft(this.actors.copy(), this.ties.copy(), new Set(this.gone), this.words);
    for (let i = 0; i < edits.length; i++) {
      const refusal = trial.apply(edits[i]!);
      if (refusal !== null) return { steps: [i + 1, ...refusal.steps], reason: refusal.reason };
    }
    this.actors = trial.actors;
    this.ties = trial.ties;
    this.gone = trial.gone;
    return null;
  }
}

function changed_(actor: Actor, changes: ActorChanges, words: ProblemWords): Actor | string {
  const next: Record<string, unknown> = { ...actor };
  for (const [field, value] of Object.entries(changes)) {
    if (field === 'id') return say(words, 'fileProblems.changesId');
    if (value === null || value === undefined) {
      if (REQUIRED.has(field)) return say(words, 'fileProblems.requiredField', { field });
      delete next[field];
    } else next[field] = value;
  }
  return next as unknown as Actor;
}
