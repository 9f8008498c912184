// A worker as the bridge sees it: an API to call, a way to hear that it failed, and a way to end it.

import { wrap, type Remote } from 'comlink';

export interface WorkerPort<Api> {
  api: Remote<Api>;
  onFailure(listener: (error: Error) => void): void;
  terminate(): void;
}

export function comlinkPort<Api>(worker: Worker): WorkerPort<Api> {
  return {
    api: wrap<Api>(worker),
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
