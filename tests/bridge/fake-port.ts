// An in-process stand-in for a worker: the same API object, a way to make it crash or hang.

import type { Remote } from 'comlink';
import type { WorkerPort } from '../../src/bridge/worker-port';

export interface FakePort<Api> extends WorkerPort<Api> {
  crash(message?: string): void;
  /** Calls made from now on never answer, like a worker stuck in a loop. */
  hang(): void;
  terminated: boolean;
}

export function fakePort<Api extends object>(api: Api): FakePort<Api> {
  const listeners: ((error: Error) => void)[] = [];
  let hanging = false;
  const port: FakePort<Api> = {
    terminated: false,
    booted: Promise.resolve(),
    api: new Proxy(api, {
      get(target, key) {
        const member = (target as Record<PropertyKey, unknown>)[key];
        if (typeof member !== 'function') return member;
        return (...args: unknown[]) => {
          if (port.terminated) return new Promise(() => {});
          if (hanging) return new Promise(() => {});
          return Promise.resolve().then(() => member.apply(target, args));
        };
      },
    }) as unknown as Remote<Api>,
    onFailure: (listener) => listeners.push(listener),
    terminate: () => {
      port.terminated = true;
    },
    crash: (message = 'boom') => {
      for (const listener of listeners) listener(new Error(message));
    },
    hang: () => {
      hanging = true;
    },
  };
  return port;
}
