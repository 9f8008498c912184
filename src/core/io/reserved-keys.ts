// Names that must never become keys of an object, whatever a file says (prototype pollution).

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/** True for `__proto__`, `constructor` and `prototype`, in any case and with surrounding space. */
export function isReservedKey(key: string): boolean {
  return RESERVED.has(key.trim().toLowerCase());
}
