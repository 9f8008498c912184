// Analysis worker entry: exposes the metrics over comlink when running as a worker.

import { expose } from 'comlink';
import { createAnalysisApi } from './analysis-api';

if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) expose(createAnalysisApi());
