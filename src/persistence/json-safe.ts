// Turns anything IndexedDB can hold into something JSON can carry, so a download never fails.

/**
 * A set-aside record's raw content may be anything the structured clone allows: Maps, Sets,
 * bigints, typed arrays, Dates, cycles. Those become lists, strings and `"[cycle]"` rather than
 * making JSON.stringify throw or drop them silently.
 */
export function jsonSafe(value: unknown): unknown {
  const seen = new WeakSet<object>();
  const walk = (v: unknown): unknown => {
    if (typeof v === 'bigint') return v.toString();
    if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
    if (typeof v === 'undefined' || typeof v === 'function' || typeof v === 'symbol') return null;
    if (typeof v !== 'object' || v === null) return v;
    if (seen.has(v)) return '[cycle]';
    seen.add(v);
    try {
      if (v instanceof Date) return Number.isNaN(v.getTime()) ? String(v) : v.toISOString();
      if (v instanceof Map) return [...v].map(([k, x]) => [walk(k), walk(x)]);
      if (v instanceof Set) return [...v].map(walk);
      if (ArrayBuffer.isView(v)) return Array.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
      if (v instanceof ArrayBuffer) return Array.from(new Uint8Array(v));
      if (Array.isArray(v)) return v.map(walk);
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    } finally {
      seen.delete(v);
    }
  };
  return walk(value);
}
