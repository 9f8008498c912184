import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runMetrics, type CliIo } from '../../src/cli/run-metrics';
import { analyse } from '../../src/core/metrics';
import type { Network } from '../../src/core/model/types';
import { applyEdits } from '../../src/core/scenario/apply';
import { writeScenarioFile } from '../../src/core/scenario/scenario-file';
import type { Edit } from '../../src/core/scenario/types';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = 'tests/cli/fixtures/small-network.json';
const fixtureText = readFileSync(root + fixture, 'utf8');

/** Runs the command in-process with a fake file system of one or more files. */
function run(argv: string[], files: Record<string, string> = { [fixture]: fixtureText }) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: (path) => {
      if (!(path in files)) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return files[path]!;
    },
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  };
  const code = runMetrics(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('metrics command', () => {
  it('metrics --json prints the headline numbers, groups and actors that analyse computes', () => {
    const result = run([fixture, '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out);
    const a = analyse(JSON.parse(fixtureText) as Network);
    expect(json.reach).toBe(a.reach);
    expect(json.inclusion).toBe(a.inclusion);
    expect(json.leastIncluded).toBe(a.leastIncluded);
    expect(json.overlap).toBe(a.overlap);
    expect(json.reachWithoutFacilitator).toBe(a.reachWithoutFacilitator);
    expect(json.cutOff).toEqual(a.cutOff);
    expect(json.groups).toEqual(a.groups);
    expect(json.countries).toEqual(a.countries);
    expect(Object.keys(json.actors)).toEqual(a.ids);
    a.ids.forEach((id, i) => {
      const nullable = (x: number) => (Number.isNaN(x) ? null : x);
      expect(json.actors[id]).toEqual({
        reach: nullable(a.actors.reach[i]!),
        betweenness: nullable(a.actors.betweenness[i]!),
        constraint: nullable(a.actors.constraint[i]!),
        effectiveSize: nullable(a.actors.effectiveSize[i]!),
      });
    });
  });

  it('metrics --json reads n/a as null, never NaN', () => {
    const json = JSON.parse(run([fixture, '--json']).out);
    // The facilitator and the decision-makers have no reach of their own.
    expect(json.actors.unw.reach).toBeNull();
    expect(json.groups).toHaveProperty('other');
  });

  it('metrics --k changes the step horizon', () => {
    const k1 = JSON.parse(run([fixture, '--json', '--k', '1']).out);
    const k3 = JSON.parse(run([fixture, '--json', '--k=3']).out);
    expect(k1.k).toBe(1);
    expect(k3.reach).toBeGreaterThanOrEqual(k1.reach);
  });

  it('metrics prints a readable summary with percentages, bars and top actors', () => {
    const result = run([fixture]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Reach\s+\d+\.\d%/);
    expect(result.out).toMatch(/least included: /);
    expect(result.out).toContain('Reach by community');
    expect(result.out).toContain('█');
    expect(result.out).toContain('Top 10 actors by betweenness');
  });

  it('metrics names the file and the line of a JSON syntax error, and exits 1', () => {
    // A missing comma after line 2: the parser stops on line 3.
    const result = run(['bad.json'], { 'bad.json': '{\n  "schemaVersion": 1\n  "title": "x"\n}' });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/bad\.json, line 3, column \d+: not valid JSON/);
  });

  it('metrics names the file and the problem of an invalid network, and exits 1', () => {
    const broken = JSON.parse(fixtureText);
    broken.actors[1].kind = 'wizard';
    const result = run(['broken.json'], { 'broken.json': JSON.stringify(broken) });
    expect(result.code).toBe(1);
    expect(result.err).toContain('broken.json');
    expect(result.err).toContain('kind');
  });

  it('metrics says when the file does not exist, and exits 1', () => {
    const result = run(['missing.json']);
    expect(result.code).toBe(1);
    expect(result.err).toContain('missing.json: cannot read the file (no such file)');
  });

  it('metrics rejects bad arguments with the usage line, and exits 1', () => {
    expect(run([]).code).toBe(1);
    expect(run([fixture, '--k', '9']).err).toMatch(/--k must be/);
    expect(run([fixture, '--frobnicate']).err).toContain('usage:');
  });

  it('metrics --scenario prints the scenario\'s numbers with the baseline\'s beside them', () => {
    const network = JSON.parse(fixtureText) as Network;
    const [first, second] = network.actors;
    const edits: Edit[] = [{ op: 'addTie', tie: { id: 'new-tie', source: first!.id, target: second!.id, kind: 'partnership' } }];
    const plan = writeScenarioFile({ id: 's1', name: 'One more tie', note: '', seed: 1, edits });
    const result = run([fixture, '--scenario', 'plan.json', '--json'], { [fixture]: fixtureText, 'plan.json': plan });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out);
    const after = analyse(applyEdits(network, edits).network);
    expect(json.reach).toBe(after.reach);
    expect(json.inclusion).toBe(after.inclusion);
    expect(json.overlap).toBe(after.overlap);
    expect(json.baseline.reach).toBe(analyse(network).reach);
  });

  it('metrics --scenario names the file and the problem of a broken scenario, and exits 1', () => {
    const result = run([fixture, '--scenario', 'plan.json'], { [fixture]: fixtureText, 'plan.json': '{ "edits": [ { "op": "fly" } ] }' });
    expect(result.code).toBe(1);
    expect(result.err).toContain('plan.json');
    expect(result.err).toMatch(/edit 1/);
  });

  it('metrics --scenario reports an edit that no longer applies and still prints the rest', () => {
    const edits: Edit[] = [{ op: 'removeActor', id: 'nobody' }];
    const plan = writeScenarioFile({ id: 's1', name: 'Stale', note: '', seed: 1, edits });
    const result = run([fixture, '--scenario', 'plan.json', '--json'], { [fixture]: fixtureText, 'plan.json': plan });
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/plan\.json: Edit 1 .*is skipped/);
  });

  it('metrics runs as a command (npm run metrics) and prints the same JSON', async () => {
    const tsx = root + 'node_modules/.bin/tsx';
    const { stdout } = await promisify(execFile)(tsx, ['src/cli/metrics.ts', fixture, '--json'], { cwd: root });
    expect(JSON.parse(stdout)).toEqual(JSON.parse(run([fixture, '--json']).out));
  }, 20_000);
});
