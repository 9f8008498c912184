// Layout worker entry: exposes the layout API over comlink when running as a worker.

import { exposeInWorker } from './expose';
import { createLayoutApi } from './layout-api';

exposeInWorker(createLayoutApi());
