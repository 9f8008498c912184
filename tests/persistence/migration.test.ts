import { describe, expect, it } from 'vitest';
import v1Text from '../fixtures/persistence/v1-workspace.json?raw';
import { applyEdits } from '../../src/core/scenario/apply';
import { validateNetwork } from '../../src/core/model/validate';
import embedded from '../../data/western-balkans-2011.json';
import { DB_VERSION } from '../../src/persistence/schema';
import { freshFactory, openStore, rawOpen, rawPut } from './helpers';
import { FROZEN_SCHEMAS } from './frozen-schemas';

/** A database as an older release stored it: the frozen schema of `version` and its records. */
interface Fixture {
  version: number;
  workspace: unknown;
  networks: unknown[];
}

/**
 * One entry per released schema. A v2 adds `{ name: 'v2', text: v2Text }` and, in upgrade.ts,
 * `case 1:`; the v1 entry stays and keeps proving that a v1 database reaches the newest schema.
 */
const FIXTURES = [{ name: 'v1', text: v1Text }];

async function writeFixture(factory: IDBFactory, fixture: Fixture): Promise<void> {
  await rawPut(factory, 'workspace', fixture.workspace, 'current', fixture.version);
  for (const record of fixture.networks) await rawPut(factory, 'networks', record, undefined, fixture.version);
}

function describeSchema(db: IDBDatabase): Record<string, unknown> {
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readonly');
  return Object.fromEntries(names.map((name) => {
    const store = tx.objectStore(name);
    return [name, { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes: [...store.indexNames] }];
  }));
}

describe('Store opens databases written by every release', () => {
  it('the frozen fixtures cover every schema version up to DB_VERSION', () => {
    expect(Object.keys(FROZEN_SCHEMAS).map(Number)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  it('Store creates a new database exactly as the frozen schema of DB_VERSION (the upgrade from nothing)', async () => {
    const factory = freshFactory();
    await openStore(factory);
    const made = await rawOpen(factory);
    expect(made.version).toBe(DB_VERSION);
    const frozen = await rawOpen(freshFactory(), 'bridgework', DB_VERSION, FROZEN_SCHEMAS[DB_VERSION]);
    expect(describeSchema(made)).toEqual(describeSchema(frozen));
    expect(Object.keys(describeSchema(made)).sort()).toEqual(['networks', 'progress', 'setAside', 'settings', 'stories', 'workspace']);
    made.close();
    frozen.close();
  });

  for (const { name, text } of FIXTURES) {
    it(`Store loads everything in a ${name} database, nothing set aside, and the scenarios still apply`, async () => {
      const fixture = JSON.parse(text) as Fixture;
      const factory = freshFactory();
      await writeFixture(factory, fixture);
      const loaded = await (await openStore(factory)).load();
      if (!loaded.ok) throw new Error(loaded.message);
      expect(loaded.value.setAside).toEqual([]);
      expect(loaded.value.repairs).toEqual([]);
      expect(loaded.value.workspace).toEqual(fixture.workspace);
      expect(loaded.value.networks).toEqual(fixture.networks);
      const baseline = validateNetwork(embedded);
      if (!baseline.ok) throw new Error('the embedded network is invalid');
      const { workspace, networks } = loaded.value;
      const sets = [{ network: baseline.network, scenarios: workspace!.scenarios }];
      for (const [id, set] of Object.entries(workspace!.shelf)) sets.push({ network: networks.find((n) => n.id === id)!.network, scenarios: set.scenarios });
      expect(sets.flatMap((s) => s.scenarios)).toHaveLength(4);
      for (const { network, scenarios } of sets) {
        for (const s of scenarios) expect(applyEdits(network, s.edits).problems, s.name).toEqual([]);
      }
    });
  }
});
