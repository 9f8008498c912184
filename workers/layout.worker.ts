// Layout worker entry: exposes the layout API over comlink when running as a worker.

import { expose } from 'comlink';
import { createLayoutApi } from './layout-api';

if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) expose(createLayoutApi());
