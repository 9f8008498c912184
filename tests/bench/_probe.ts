import { suggest } from '../../src/core/metrics';
import { makeNetwork } from './make-network';
for (const [n, k, budget, search] of [[1000, 3, 1, 'ties'], [1000, 4, 1, 'ties'], [1000, 4, 3, 'ties'], [1000, 4, 3, 'broker'], [5000, 2, 1, 'ties'], [5000, 2, 3, 'ties'], [5000, 2, 3, 'broker']] as const) {
  const t = performance.now();
  const r = suggest(makeNetwork(n, 42), { k, budget, search });
  console.log(n, k, budget, search, (performance.now() - t).toFixed(0), 'ms', r.status === 'done' ? r.suggestions.length : '');
}
