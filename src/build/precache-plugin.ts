// Builds the service worker as /sw.js and writes into it the list of the app's files to keep offline.

import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export const SERVICE_WORKER_ENTRY = 'workers/service-worker.ts';

export function precache(): Plugin {
  return {
    name: 'bridgework-precache',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          input: { main: 'index.html', sw: SERVICE_WORKER_ENTRY },
          output: { entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js') },
        },
      },
    }),
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((name) => name !== 'sw.js' && !name.endsWith('.map')).sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const sw = bundle['sw.js'];
      if (!sw || sw.type !== 'chunk') throw new Error('precache: the service worker was not built');
      sw.code = `const PRECACHE_FILES = ${JSON.stringify(files)};\nconst PRECACHE_VERSION = ${JSON.stringify(version)};\n${sw.code}`;
    },
  };
}
