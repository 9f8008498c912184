// The message a worker posts once its API listens; the bridge times calls from then, not from boot.

export const WORKER_READY = 'bridgework:worker-ready';
