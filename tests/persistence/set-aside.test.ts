import { describe, expect, it } from 'vitest';
import { freshFactory, networkRecord, NOW, openStore, rawPut, scenario, workspaceWith } from './helpers';

const stored = (content: object, revision = 4) => ({ ...content, revision, savedAt: NOW.toISOString() });

describe('Store.load sets aside what fails validation', () => {
  it('Store.load sets aside a corrupt scenario with its raw content and reason, and loads the rest', async () => {
    const factory = freshFactory();
    const broken = { id: 'bad', name: 'Broken', note: '', seed: 1, edits: [{ op: 'addTie', tie: { id: 't', source: 'rae' } }] };
    const content = workspaceWith(scenario('a'), broken as never, scenario('c'));
    await rawPut(factory, 'workspace', stored(content), 'current');

    const loaded = await (await openStore(factory)).load();
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.value.workspace?.scenarios.map((s) => s.id)).toEqual(['a', 'c']);
    expect(loaded.value.workspace?.revision).toBe(4);
    expect(loaded.value.setAside).toHaveLength(1);
    const [aside] = loaded.value.setAside;
    expect(aside).toMatchObject({ from: 'workspace', key: 'current/scenario 2', raw: broken, setAsideAt: NOW.toISOString() });
    expect(aside!.reasons.join('\n')).toMatch(/workspace, scenario 2: edit 1 .*tie\.target: is missing/);
  });

  it('Store.load moves a set-aside record for good: it survives the next save and is not set aside twice', async () => {
    const factory = freshFactory();
    await rawPut(factory, 'workspace', stored(workspaceWith(scenario('a'), { id: 7 } as never)), 'current');
    const store = await openStore(factory);
    await store.save(workspaceWith(scenario('a')), 4);
    const again = await (await openStore(factory)).load();
    if (!again.ok) throw new Error(again.message);
    expect(again.value.setAside.map((r) => r.raw)).toEqual([{ id: 7 }]);
    expect(again.value.workspace?.scenarios.map((s) => s.id)).toEqual(['a']);
  });

  it('Store.load sets aside a workspace record that is not a workspace at all, and an empty one loads in its place', async () => {
    const factory = freshFactory();
    await rawPut(factory, 'workspace', 'garbage', 'current');
    const store = await openStore(factory);
    const loaded = await store.load();
    expect(loaded.ok && loaded.value).toMatchObject({ workspace: null, setAside: [{ key: 'current', raw: 'garbage', reasons: ['workspace: expected an object'] }] });
    expect((await store.save(workspaceWith(scenario('a')), 0)).ok).toBe(true);
  });

  it('Store.load sets aside a corrupt imported network and loads the others', async () => {
    const factory = freshFactory();
    await rawPut(factory, 'networks', networkRecord('good'));
    const bad = { ...networkRecord('bad'), network: { ...networkRecord().network, facilitator: 'nobody' } };
    await rawPut(factory, 'networks', bad);
    const loaded = await (await openStore(factory)).load();
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.value.networks.map((n) => n.id)).toEqual(['good']);
    expect(loaded.value.setAside).toMatchObject([{ from: 'networks', key: 'bad', raw: bad }]);
    expect(loaded.value.setAside[0]!.reasons).toEqual(['network "bad", facilitator: names actor "nobody", which is not in the network']);
  });

  it('Store.load repairs harmless fields (a dangling active id, a bad view field) without setting anything aside', async () => {
    const factory = freshFactory();
    const content = { ...workspaceWith(scenario('a')), activeId: 'gone', view: { ...workspaceWith().view, k: 99 } };
    await rawPut(factory, 'workspace', stored(content), 'current');
    const loaded = await (await openStore(factory)).load();
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.value.workspace).toMatchObject({ activeId: null, view: { k: 2 } });
    expect(loaded.value.setAside).toEqual([]);
    expect(loaded.value.repairs).toHaveLength(2);
  });

  it('Store.load sets aside a corrupt scenario of a shelved network, and a shelf entry that repeats the open network', async () => {
    const factory = freshFactory();
    const broken = { id: 'bad', name: 'Broken', note: '', seed: -1, edits: [] };
    const shelf = {
      'imported-1': { scenarios: [scenario('s1'), broken], activeId: 'bad', referenceId: null },
      embedded: { scenarios: [scenario('twice')], activeId: null, referenceId: null },
    };
    await rawPut(factory, 'workspace', stored({ ...workspaceWith(scenario('a')), shelf }), 'current');
    const loaded = await (await openStore(factory)).load();
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.value.workspace?.shelf).toEqual({ 'imported-1': { scenarios: [scenario('s1')], activeId: null, referenceId: null } });
    expect(loaded.value.setAside.map((r) => [r.key, r.raw])).toEqual([
      ['current/shelf/imported-1/scenario 2', broken],
      ['current/shelf/embedded', shelf.embedded],
    ]);
    expect(loaded.value.setAside[0]!.reasons[0]).toMatch(/^workspace, shelf "imported-1", scenario 2: scenario, seed: expected a whole number/);
  });
});
