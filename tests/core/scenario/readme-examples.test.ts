import { describe, expect, it } from 'vitest';
import westernBalkans from '../../../data/western-balkans-2011.json';
import readme from '../../../data/README.md?raw';
import type { Network } from '../../../src/core/model/types';
import { applyEdits, readScenarioFile } from '../../../src/core/scenario';

/** The JSON blocks of data/README.md's "Scenarios" section, in order. */
function scenarioExamples(): string[] {
  const section = readme.slice(readme.indexOf('## Scenarios'));
  return [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

describe('data/README.md scenario examples', () => {
  it('readScenarioFile reads the example file, and its edits apply to the embedded network', () => {
    const [file] = scenarioExamples();
    const read = readScenarioFile(file!, 'example.json');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.scenarioFile.baselineTitle).toBe((westernBalkans as Network).title);
    expect(applyEdits(westernBalkans as Network, read.scenarioFile.scenario.edits).problems).toEqual([]);
  });

  it('readScenarioFile reads the example edit list bare, and every edit applies to the embedded network', () => {
    const [, list] = scenarioExamples();
    const read = readScenarioFile(JSON.stringify({ edits: JSON.parse(list!) }), 'edits.json');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { problems, changes } = applyEdits(westernBalkans as Network, read.scenarioFile.scenario.edits);
    expect(problems).toEqual([]);
    expect(changes.addedActors).toEqual(['liaison-office', 'broker-1']);
  });
});
