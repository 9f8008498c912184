// A worker as the bridge sees it: an API to call, a way to hear that it failed, and a way to end it.

import { wrap, type Remote } from 'comlink';
import { WORKER_READY } from '../../workers/worker-ready';

export interface WorkerPort<Api> {
  api: Remote<Api>;
  /** Resolves when the worker's script has run and its API listens. */
  booted: Promise<void>;
  onFailure(listener: (error: Error) => void): void;
  terminate(): void;
}

export function comlinkPort<Api>(worker: Worker): WorkerPort<Api> {
  const booted = new Promise<void>((resolve) => {
    const listen = (event: MessageEvent) => {
      if (event.data !== WORKER_READY) return;
      worker.removeEventListener('message', listen);
      resolve();
    };
    worker.addEventListener('message', listen);
  });
  return {
    api: wrap<Api>(worker),
    booted,
    onFailure(listener) {
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        listener(new Error(event.message || 'the worker stopped unexpectedly'));
      });
      worker.addEventListener('messageerror', () => listener(new Error('the worker sent a message that could not be read')));
    },
    terminate: () => worker.terminate(),
  };
}
