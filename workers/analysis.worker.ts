// Analysis worker entry: exposes the metrics over comlink when running as a worker.

import { exposeInWorker } from './expose';
import { createAnalysisApi } from './analysis-api';

exposeInWorker(createAnalysisApi());
