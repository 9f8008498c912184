// The built-in story: it reads, fits the embedded network, and every caption is true of the numbers.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraphIndex, stepsFrom } from '../../../src/core/graph';
import { betweenness, headline, reachCounts, reachWithoutFacilitator } from '../../../src/core/metrics';
import type { Network } from '../../../src/core/model/types';
import { yearRange } from '../../../src/core/scenario';
import { checkStoryAgainst, readStory, stepNetwork, type Story, type StoryStep } from '../../../src/core/story';
import { fold, foldedReport, reportPresent, REPORT } from '../../fixtures/report';

const baseline = JSON.parse(readFileSync('data/western-balkans-2011.json', 'utf8')) as Network;
const read = readStory(readFileSync('data/story-2002-2011.json', 'utf8'), 'story-2002-2011.json');
const story = (): Story => {
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return read.story;
};

/** The numbers a caption may state, computed straight from the metrics engine. */
function numbers(network: Network, k: number) {
  const index = buildGraphIndex(network);
  const top = headline(index, { k });
  return { reach: top.reach, inclusion: top.inclusion, overlap: top.overlap, reachWithoutFacilitator: reachWithoutFacilitator(index, { k }), groups: top.groups, cutOff: top.cutOff };
}

/** The network a step's expectations compare with: the previous step's, or the baseline's. */
function comparedWith(steps: StoryStep[], i: number): Network {
  const step = steps[i]!;
  return i === 0 || step.expect?.relativeTo === 'baseline' ? baseline : stepNetwork(baseline, steps[i - 1]!);
}

const direction = (before: number | null | undefined, after: number | null | undefined) =>
  before == null || after == null ? null : after > before + 1e-9 ? 'up' : after < before - 1e-9 ? 'down' : 'same';
const pct = (x: number | null | undefined) => (x == null ? null : `${(100 * x).toFixed(1)}%`);

describe('data/story-2002-2011.json', () => {
  it('readStory reads the built-in story, 8 to 12 steps, each with the report\'s words behind it', () => {
    expect(read.ok ? [] : read.errors).toEqual([]);
    expect(story().steps.length).toBeGreaterThanOrEqual(8);
    expect(story().steps.length).toBeLessThanOrEqual(12);
    expect(story().steps.filter((s) => s.evidence === undefined).map((s) => s.title)).toEqual([]);
  });

  it('checkStoryAgainst finds every edit applying and every focus id present in the embedded network', () => {
    expect(checkStoryAgainst(story(), baseline)).toEqual([]);
  });

  it('the timeline steps run forward through years the network\'s data names', () => {
    const [first, last] = yearRange(baseline)!;
    const years = story().steps.flatMap((s) => (s.year === null ? [] : [s.year]));
    expect(years.length).toBeGreaterThanOrEqual(3);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    for (const year of years) expect(year >= first && year <= last).toBe(true);
  });

  it('every direction a caption states is the direction the numbers move', () => {
    const steps = story().steps;
    const wrong: string[] = [];
    steps.forEach((step, i) => {
      if (!step.expect) return;
      const before = numbers(comparedWith(steps, i), step.k);
      const after = numbers(stepNetwork(baseline, step), step.k);
      for (const name of ['reach', 'inclusion', 'overlap', 'reachWithoutFacilitator'] as const) {
        const wanted = step.expect[name];
        if (wanted !== undefined && direction(before[name], after[name]) !== wanted) wrong.push(`step ${i + 1} ${name}: ${pct(before[name])} -> ${pct(after[name])}, not ${wanted}`);
      }
      for (const [group, wanted] of Object.entries(step.expect.groups ?? {})) {
        if (direction(before.groups[group], after.groups[group]) !== wanted) wrong.push(`step ${i + 1} ${group}: not ${wanted}`);
      }
    });
    expect(wrong).toEqual([]);
  });

  it('every percentage a caption quotes is one of its step\'s numbers or of the numbers it compares with', () => {
    const steps = story().steps;
    const unmatched: string[] = [];
    steps.forEach((step, i) => {
      const shown = [numbers(comparedWith(steps, i), step.k), numbers(stepNetwork(baseline, step), step.k)].flatMap((n) => [
        n.reach, n.inclusion, n.overlap, n.reachWithoutFacilitator, ...Object.values(n.groups),
      ]).map(pct);
      for (const quoted of step.caption.match(/\d+(\.\d)?%/g) ?? []) if (!shown.includes(quoted)) unmatched.push(`step ${i + 1}: ${quoted}`);
    });
    expect(unmatched).toEqual([]);
  });

  it('the captions\' other claims hold: cut-off counts, brokerage, the Board, the exit', () => {
    const steps = story().steps;
    const at = (title: string) => stepNetwork(baseline, steps.find((s) => s.title.includes(title))!);
    expect(numbers(at('2002'), 2).cutOff).toMatchObject({ count: 4, total: 14 });
    expect(numbers(at('2005'), 2).cutOff.count).toBe(2);

    const whole = buildGraphIndex(at('Security and Gender Coordination Group'));
    const ranked = [...betweenness(whole).entries()].sort((a, b) => b[1] - a[1]).map(([i]) => whole.ids[i]);
    expect(ranked.slice(0, 2)).toEqual(['un-women', 'sgcg']);

    const board = at('Coordination Board');
    const members = board.ties.filter((t) => t.target === 'cb').map((t) => board.actors.find((a) => a.id === t.source)!);
    expect(members.filter((a) => ['womens_org', 'civil_society', 'network'].includes(a.kind)).map((a) => a.id)).toEqual(['zz']);
    const index = buildGraphIndex(board);
    const fromZz = stepsFrom(index, index.indexOf.get('zz')!, 2);
    const ministries = members.filter((a) => a.kind === 'government' && a.name.startsWith('Ministry'));
    expect(ministries.length).toBe(4);
    for (const m of ministries) expect([1, 2]).toContain(fromZz[index.indexOf.get(m.id)!]);

    const exit = buildGraphIndex(at('after the exit strategy'));
    expect(reachCounts(exit, 2)[exit.indexOf.get('kraewn')!]).toBe(1);
  });

  it.skipIf(!reportPresent)('quotes the report verbatim in every step, from the section it names', () => {
    const report = foldedReport();
    const missing = story().steps.flatMap((s, i) => {
      const e = s.evidence!;
      const sections = e.section.split(' / ').filter((part) => !report.includes(fold(part)));
      return [...(report.includes(fold(e.quote)) ? [] : [`step ${i + 1} quote: ${e.quote}`]), ...sections.map((part) => `step ${i + 1} section: ${part}`)];
    });
    expect(missing).toEqual([]);
  });

  it.runIf(!reportPresent)('skips the quote check: the report is not at ../shared/source/', () => {
    console.warn(`Quote check skipped: ${REPORT} is absent (a clone outside the project's workspace).`);
  });
});
