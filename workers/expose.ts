// Exposes a worker's API over comlink, then tells the page the worker is up (so a watchdog times calls, not boot).

import { expose } from 'comlink';
import { WORKER_READY } from './worker-ready';

/** Does nothing outside a worker, so that tests can import the worker's modules. */
export function exposeInWorker(api: object): void {
  if (typeof WorkerGlobalScope === 'undefined' || !(self instanceof WorkerGlobalScope)) return;
  expose(api);
  self.postMessage(WORKER_READY);
}
