// Import worker entry: exposes the file readers over comlink when running as a worker.

import { expose } from 'comlink';
import { createIoApi } from './io-api';

if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) expose(createIoApi());
