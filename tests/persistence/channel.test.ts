import { afterEach, describe, expect, it, vi } from 'vitest';
import { SaveChannel } from '../../src/persistence/channel';

const open: SaveChannel[] = [];
const channel = (tabId: string, name = 'bridgework-test') => {
  const made = new SaveChannel({ name, tabId });
  open.push(made);
  return made;
};
const delivered = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(() => {
  for (const c of open.splice(0)) c.close();
});

describe('SaveChannel', () => {
  it('SaveChannel tells another tab the revision this tab saved', async () => {
    const a = channel('a');
    const b = channel('b');
    const heard = vi.fn();
    b.onRemoteSave(heard);
    a.postSaved(5);
    await delivered();
    expect(heard).toHaveBeenCalledWith(5);
  });

  it('SaveChannel ignores its own tab\'s messages and malformed ones', async () => {
    const a = channel('same');
    const twin = channel('same');
    const heard = vi.fn();
    twin.onRemoteSave(heard);
    a.postSaved(1);
    const stranger = new BroadcastChannel('bridgework-test');
    stranger.postMessage({ nonsense: true });
    await delivered();
    stranger.close();
    expect(heard).not.toHaveBeenCalled();
  });

  it('SaveChannel stops calling a listener once unsubscribed', async () => {
    const a = channel('a');
    const b = channel('b');
    const heard = vi.fn();
    const stop = b.onRemoteSave(heard);
    stop();
    a.postSaved(2);
    await delivered();
    expect(heard).not.toHaveBeenCalled();
  });

  it('SaveChannel is a no-op where BroadcastChannel is missing', () => {
    const none = new SaveChannel({ create: () => null });
    expect(() => none.postSaved(1)).not.toThrow();
    expect(() => none.onRemoteSave(() => undefined)()).not.toThrow();
    none.close();
  });
});
