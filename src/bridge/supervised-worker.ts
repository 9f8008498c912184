// Runs calls on a worker that is started lazily and started afresh after it fails.

import type { Remote } from 'comlink';
import type { WorkerPort } from './worker-port';

export class WorkerCrashedError extends Error {
  constructor(cause: Error) {
    super(`The background worker stopped: ${cause.message}`);
    this.name = 'WorkerCrashedError';
  }
}

interface Started<Api> {
  port: WorkerPort<Api>;
  ready: Promise<void>;
  /** `ready` has resolved: calls go out at once. */
  isReady: boolean;
}

export interface SupervisedWorkerOptions<Api> {
  /** Runs on every fresh worker before any call reaches it: how a restarted worker gets its state back. */
  onStart?: (api: Remote<Api>) => Promise<void>;
  /** Told after a failure, once the pending calls have been rejected. */
  onCrash?: (error: WorkerCrashedError) => void;
}

export class SupervisedWorker<Api> {
  #started: Started<Api> | null = null;
  #pending = new Set<(error: Error) => void>();
  #restarts = 0;

  constructor(
    private readonly createPort: () => WorkerPort<Api>,
    private readonly options: SupervisedWorkerOptions<Api> = {},
  ) {}

  /** How many times a worker failed and was replaced. */
  get restarts(): number {
    return this.#restarts;
  }

  /**
   * Runs `run` on the worker. With `watchdogMs`, a worker that has not answered by then is taken
   * for hung: it is ended, every pending call rejects, and the next call starts a fresh one.
   * (`run`'s promise type is kept whole: comlink's Remote turns a union result into a union of promises.)
   */
  call<P extends Promise<unknown>>(run: (api: Remote<Api>) => P, { watchdogMs }: { watchdogMs?: number } = {}): Promise<Awaited<P>> {
    const started = this.#ensure();
    return new Promise<Awaited<P>>((resolve, reject) => {
      this.#pending.add(reject);
      let watchdog: ReturnType<typeof setTimeout> | undefined;
      // Timed from boot: loading a worker's script on a busy machine is slow, not hung.
      void started.port.booted.then(() => {
        if (watchdogMs !== undefined && this.#pending.has(reject)) {
          watchdog = setTimeout(() => this.#fail(started, new Error(`it did not answer within ${watchdogMs / 1000} s`)), watchdogMs);
        }
      });
      // A worker already up is asked at once: the request leaves before whatever else the caller's task goes on to do.
      const answer = started.isReady
        ? new Promise<unknown>((sent) => sent(run(started.port.api)))
        : started.ready.then(() => run(started.port.api));
      answer
        .then((value) => resolve(value as Awaited<P>), reject)
        .finally(() => {
          clearTimeout(watchdog);
          this.#pending.delete(reject);
        });
    });
  }

  terminate(): void {
    this.#started?.port.terminate();
    this.#started = null;
  }

  /** Cancels the calls in flight by ending the worker (a busy worker cannot be interrupted otherwise); the next call starts a fresh one. */
  abort(): void {
    const started = this.#started;
    if (!started) return;
    started.port.terminate();
    this.#started = null;
    this.#rejectPending(new DOMException('The search was cancelled', 'AbortError'));
  }

  #ensure(): Started<Api> {
    if (this.#started) return this.#started;
    const port = this.createPort();
    const ready = port.booted.then(() => this.options.onStart?.(port.api));
    const started: Started<Api> = { port, ready, isReady: false };
    void ready.then(() => (started.isReady = true), () => undefined);
    port.onFailure((cause) => this.#fail(started, cause));
    this.#started = started;
    return started;
  }

  #fail(started: Started<Api>, cause: Error): void {
    if (this.#started !== started) return;
    started.port.terminate();
    this.#started = null;
    this.#restarts++;
    const error = new WorkerCrashedError(cause);
    this.#rejectPending(error);
    this.options.onCrash?.(error);
  }

  #rejectPending(error: Error): void {
    for (const reject of this.#pending) reject(error);
    this.#pending.clear();
  }
}
