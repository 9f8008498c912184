// Search worker entry: exposes the suggestion search over comlink when running as a worker.

import { expose } from 'comlink';
import { createSearchApi } from './search-api';

if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) expose(createSearchApi());
