// Import worker entry: exposes the file readers over comlink when running as a worker.

import { exposeInWorker } from './expose';
import { createIoApi } from './io-api';

exposeInWorker(createIoApi());
