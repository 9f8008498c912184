// The offline service worker: keeps every file of the built app, so a presenter without a network still has it.

/** Replaced at build time by the list of the app's files (src/build/precache-plugin.ts). */
declare const PRECACHE_FILES: string[];
declare const PRECACHE_VERSION: string;

const CACHE = `bridgework-${PRECACHE_VERSION}`;
const sw = self as unknown as ServiceWorkerGlobalScope;

sw.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(['./', ...PRECACHE_FILES])).then(() => sw.skipWaiting()));
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('bridgework-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => sw.clients.claim()),
  );
});

// Cache first: the files are hashed, so a cached one is never stale; pages fall back to the cached app.
sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== sw.location.origin) return;
  event.respondWith(
    // Servers often answer with "Vary: Origin", and module scripts are fetched with an Origin header the
    // precaching request lacked: without ignoreVary the cached copy would not match.
    caches.match(request, { ignoreVary: true }).then((cached) => cached ?? fetch(request).catch(async () => {
      if (request.mode === 'navigate') return (await caches.match('./', { ignoreVary: true })) ?? Response.error();
      return Response.error();
    })),
  );
});

export {};
