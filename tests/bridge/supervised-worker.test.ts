import { describe, expect, it, vi } from 'vitest';
import { SupervisedWorker, WorkerCrashedError } from '../../src/bridge/supervised-worker';
import { fakePort, type FakePort } from './fake-port';

function counterApi() {
  let calls = 0;
  return { count: () => ++calls, fail: () => { throw new Error('bad input'); } };
}

describe('SupervisedWorker', () => {
  it('SupervisedWorker starts its worker only at the first call', async () => {
    const create = vi.fn(() => fakePort(counterApi()));
    const worker = new SupervisedWorker(create);
    expect(create).not.toHaveBeenCalled();
    expect(await worker.call((api) => api.count())).toBe(1);
    expect(await worker.call((api) => api.count())).toBe(2);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('SupervisedWorker passes an error thrown by the worker to the caller and keeps the worker', async () => {
    const create = vi.fn(() => fakePort(counterApi()));
    const worker = new SupervisedWorker(create);
    await expect(worker.call((api) => api.fail())).rejects.toThrow('bad input');
    expect(await worker.call((api) => api.count())).toBe(1);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('SupervisedWorker rejects pending calls when the worker crashes and serves the next call from a fresh one', async () => {
    const ports: FakePort<ReturnType<typeof counterApi>>[] = [];
    const onCrash = vi.fn();
    const worker = new SupervisedWorker(() => {
      const port = fakePort(counterApi());
      ports.push(port);
      return port;
    }, { onCrash });
    await worker.call((api) => api.count());
    ports[0]!.hang();
    const pending = worker.call((api) => api.count());
    ports[0]!.crash('out of memory');
    await expect(pending).rejects.toBeInstanceOf(WorkerCrashedError);
    await expect(pending).rejects.toThrow('The background worker stopped: out of memory');
    expect(ports[0]!.terminated).toBe(true);
    expect(onCrash).toHaveBeenCalledTimes(1);
    expect(await worker.call((api) => api.count())).toBe(1);
    expect(ports).toHaveLength(2);
    expect(worker.restarts).toBe(1);
  });

  it('SupervisedWorker runs onStart on every fresh worker before its first call', async () => {
    const journalApi = () => {
      const log: string[] = [];
      return { init: () => void log.push('init'), read: () => [...log] };
    };
    const ports: FakePort<ReturnType<typeof journalApi>>[] = [];
    const worker = new SupervisedWorker(() => {
      const port = fakePort(journalApi());
      ports.push(port);
      return port;
    }, { onStart: (api) => api.init() });
    expect(await worker.call((api) => api.read())).toEqual(['init']);
    ports[0]!.crash();
    expect(await worker.call((api) => api.read())).toEqual(['init']);
  });

  it('SupervisedWorker ignores a failure report from a worker it already replaced', async () => {
    const ports: FakePort<ReturnType<typeof counterApi>>[] = [];
    const worker = new SupervisedWorker(() => {
      const port = fakePort(counterApi());
      ports.push(port);
      return port;
    });
    await worker.call((api) => api.count());
    ports[0]!.crash();
    await worker.call((api) => api.count());
    ports[0]!.crash();
    expect(worker.restarts).toBe(1);
    expect(await worker.call((api) => api.count())).toBe(2);
  });
});

describe('SupervisedWorker.abort', () => {
  it('SupervisedWorker.abort rejects the calls in flight with an AbortError, ends the worker and serves the next call from a fresh one', async () => {
    const ports: FakePort<ReturnType<typeof counterApi>>[] = [];
    const worker = new SupervisedWorker(() => {
      const port = fakePort(counterApi());
      ports.push(port);
      return port;
    });
    await worker.call((api) => api.count());
    ports[0]!.hang();
    const pending = worker.call((api) => api.count());
    worker.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(ports[0]!.terminated).toBe(true);
    expect(await worker.call((api) => api.count())).toBe(1);
    expect(worker.restarts).toBe(0);
  });
});

describe('SupervisedWorker watchdog', () => {
  it('SupervisedWorker takes a worker that does not answer within the watchdog time for hung, and replaces it', async () => {
    vi.useFakeTimers();
    try {
      const ports: FakePort<ReturnType<typeof counterApi>>[] = [];
      const onCrash = vi.fn();
      const worker = new SupervisedWorker(() => {
        const port = fakePort(counterApi());
        ports.push(port);
        return port;
      }, { onCrash });
      await worker.call((api) => api.count(), { watchdogMs: 2000 });
      ports[0]!.hang();
      const pending = worker.call((api) => api.count(), { watchdogMs: 2000 });
      const settled = pending.catch((error: Error) => error);
      await vi.advanceTimersByTimeAsync(1999);
      expect(onCrash).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      const error = await settled;
      expect(error).toBeInstanceOf(WorkerCrashedError);
      expect((error as Error).message).toContain('did not answer within 2 s');
      expect(ports[0]!.terminated).toBe(true);
      expect(await worker.call((api) => api.count(), { watchdogMs: 2000 })).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('SupervisedWorker leaves a worker that answers in time alone', async () => {
    vi.useFakeTimers();
    try {
      const create = vi.fn(() => fakePort(counterApi()));
      const worker = new SupervisedWorker(create);
      expect(await worker.call((api) => api.count(), { watchdogMs: 2000 })).toBe(1);
      await vi.advanceTimersByTimeAsync(5000);
      expect(await worker.call((api) => api.count())).toBe(2);
      expect(create).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
