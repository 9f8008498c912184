// Saves the workspace within a second of the last change, reporting how it went.

import { failure, type Outcome, type StoreError } from './outcome';
import type { SaveOptions, Saved } from './save';
import { SAVED, SAVING, SOON, StatusLine, statusOf, type SaveStatus, type SaveTarget } from './save-status';
import { realTimers, saveDelay, type Timers } from './save-timing';
import { contentKey, type WorkspaceContent } from './workspace';

export interface AutosaverOptions {
  /** Called when the status or its sentence changes; the sentence is ready for a banner. */
  onStatus?: (status: SaveStatus, message: string) => void;
  /** Called after each successful write, e.g. to tell other tabs (SaveChannel.postSaved). */
  onSaved?: (revision: number) => void;
  timers?: Timers;
}

export class Autosaver {
  readonly #line: StatusLine;
  #revision = 0;
  #loaded = false;
  /** Set by 'stale' (until the next loaded()) or 'outdated' (for good): no more writes. */
  #stoppedBy: 'stale' | 'outdated' | null = null;
  /** The newest workspace not yet written; kept across failures until a write succeeds. */
  #pending: WorkspaceContent | null = null;
  #allowEmpty = false;
  #savedKey: string | null = null;
  #firstChangeAt: number | null = null;
  #timer: unknown = null;
  #writing: Promise<void> = Promise.resolve();
  readonly #timers: Timers;

  constructor(
    private readonly target: SaveTarget,
    private readonly options: AutosaverOptions = {},
  ) {
    this.#timers = options.timers ?? realTimers;
    this.#line = new StatusLine(options.onStatus);
    target.onLost?.((error) => this.#fail(error));
  }

  get status(): SaveStatus {
    return this.#line.status;
  }

  /** The sentence for the status, for a banner shown before any change is reported. */
  get message(): string {
    return this.#line.message;
  }

  get revision(): number {
    return this.#revision;
  }

  /** True while a change has not been written, so a remote save should not replace it unasked. */
  get hasUnsaved(): boolean {
    return this.#pending !== null;
  }

  /**
   * The first load (or a reload) has finished and `workspace` is what the state now holds:
   * writes may start, from `revision`. Changes not yet written are dropped from memory: before
   * the first load they describe state the restore replaced; on a reload of newer work they
   * are first offered to the store, which refuses them as stale and sets them aside.
   */
  loaded(revision: number, workspace: WorkspaceContent | null): void {
    if (this.#loaded && revision > this.#revision && this.#pending) void this.target.save(this.#pending, this.#revision).catch(() => undefined);
    if (this.#stoppedBy === 'stale') this.#stoppedBy = null;
    this.#cancelTimer();
    this.#loaded = true;
    this.#revision = revision;
    this.#savedKey = workspace ? contentKey(workspace) : null;
    this.#pending = null;
    this.#allowEmpty = false;
    if (!this.#stoppedBy) this.#line.report('saved', SAVED);
  }

  /** The workspace changed. `allowEmpty` (a deliberate delete) holds until the next successful write. */
  changed(workspace: WorkspaceContent, options: SaveOptions = {}): void {
    this.#pending = workspace;
    if (options.allowEmpty) this.#allowEmpty = true;
    if (this.#stoppedBy) return;
    if (!this.#loaded) return this.#line.report('unsaved', 'Not saved yet: the saved work is still loading.');
    const now = this.#timers.now();
    this.#firstChangeAt ??= now;
    if (this.#timer !== null) this.#timers.clearTimeout(this.#timer);
    this.#timer = this.#timers.setTimeout(() => void this.#enqueue(), saveDelay(this.#firstChangeAt, now));
    // A failure's sentence stays up until a write succeeds, rather than flickering at each retry.
    if (this.#line.status === 'saved') this.#line.report('unsaved', SOON);
  }

  /** Writes now what is pending (the tab is being hidden or closed) and waits for every write. */
  flush(): Promise<void> {
    this.#cancelTimer();
    return this.#enqueue();
  }

  /** Waits for the writes already started, without starting one. */
  idle(): Promise<void> {
    return this.#writing;
  }

  #enqueue(): Promise<void> {
    this.#cancelTimer();
    const run = this.#writing.then(() => this.#write());
    // A throwing callback fails this flush, not every later write.
    this.#writing = run.catch(() => undefined);
    return run;
  }

  async #write(): Promise<void> {
    const content = this.#pending;
    if (!this.#loaded || this.#stoppedBy || content === null) return;
    const key = contentKey(content);
    this.#pending = null;
    if (key === this.#savedKey) return this.#line.report('saved', SAVED);
    if (this.#line.status === 'saved' || this.#line.status === 'unsaved') this.#line.report('saving', SAVING);
    let outcome: Outcome<Saved>;
    try {
      outcome = await this.target.save(content, this.#revision, { allowEmpty: this.#allowEmpty });
    } catch (error) {
      outcome = failure('unavailable', `Not saved: ${(error as Error).message}. Your work is kept in this tab.`);
    }
    if (outcome.ok) {
      this.#revision = outcome.value.revision;
      this.#savedKey = key;
      this.#allowEmpty = false;
      this.options.onSaved?.(outcome.value.revision);
      this.#line.report(this.#pending === null ? 'saved' : 'unsaved', this.#pending === null ? SAVED : SOON);
      return;
    }
    // A stale write was set aside by the store (if it differed), so only a newer change stays pending.
    if (outcome.kind !== 'stale') this.#pending ??= content;
    this.#fail(outcome);
  }

  #fail(error: StoreError): void {
    if (error.kind === 'stale' || error.kind === 'outdated') {
      this.#stoppedBy = error.kind;
      this.#cancelTimer();
    }
    this.#line.report(statusOf(error.kind), error.message);
  }

  #cancelTimer(): void {
    if (this.#timer !== null) this.#timers.clearTimeout(this.#timer);
    this.#timer = null;
    this.#firstChangeAt = null;
  }
}
