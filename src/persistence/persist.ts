// Asks the browser to keep this site's data when space runs low, where it allows asking.

/**
 * Without it, browsers may evict IndexedDB under storage pressure ("best effort"). Resolves to
 * whether the data is now persistent; never throws (Safari and older browsers lack the API,
 * and some reject the promise).
 */
export async function requestPersistence(storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator?.storage): Promise<boolean> {
  try {
    if (typeof storage?.persist !== 'function') return false;
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
