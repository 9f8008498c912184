// `npm run generate -- <actors> [--seed N]`: prints a seeded test network as JSON, to import or to bench with.

import { generateNetwork } from '../core/model/generate-network';

const [count, ...rest] = process.argv.slice(2);
const seedAt = rest.indexOf('--seed');
const n = Number(count);
const seed = seedAt >= 0 ? Number(rest[seedAt + 1]) : 1;
if (!Number.isInteger(n) || n < 2 || n > 100_000 || !Number.isInteger(seed)) {
  process.stderr.write('usage: npm run generate -- <actors: 2..100000> [--seed N] > network.json\n');
  process.exitCode = 1;
} else {
  process.stdout.write(`${JSON.stringify(generateNetwork(n, seed))}\n`);
}
