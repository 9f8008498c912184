// The UI's handle on the import worker: reads files there; a crash or a newer import ends a read cleanly.

import type { ImportFile, ImportOptions, NetworkRead } from '../core/io';
import type { IoApi } from '../../workers/io-api';
import { Latest, type Stale } from './latest';
import { SupervisedWorker } from './supervised-worker';
import { comlinkPort, type WorkerPort } from './worker-port';

export function ioWorkerPort(): WorkerPort<IoApi> {
  const worker = new Worker(new URL('../../workers/io.worker.ts', import.meta.url), { type: 'module', name: 'import' });
  return comlinkPort<IoApi>(worker);
}

export class ImportClient {
  #latest = new Latest();
  #worker: SupervisedWorker<IoApi>;

  constructor(createPort: () => WorkerPort<IoApi> = ioWorkerPort) {
    this.#worker = new SupervisedWorker(createPort);
  }

  read(files: ImportFile[], options: ImportOptions = {}): Promise<NetworkRead | Stale> {
    return this.#latest.run(() => this.#worker.call((api) => api.read(files, options)));
  }

  dispose(): void {
    this.#latest.invalidate();
    this.#worker.terminate();
  }
}
