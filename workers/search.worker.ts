// Search worker entry: exposes the suggestion search over comlink when running as a worker.

import { exposeInWorker } from './expose';
import { createSearchApi } from './search-api';

exposeInWorker(createSearchApi());
