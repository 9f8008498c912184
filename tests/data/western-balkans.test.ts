// The embedded network: valid, consistent, and every quote really is in the report.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeProblems, validateNetwork } from '../../src/core/model/validate';
import type { Evidence, Network } from '../../src/core/model/types';
import { REPORT, fold, reportPresent } from '../fixtures/report';

const network = JSON.parse(readFileSync('data/western-balkans-2011.json', 'utf8')) as Network;

function allEvidence(): { owner: string; evidence: Evidence }[] {
  return [
    ...network.actors.flatMap((a) => (a.evidence ?? []).map((evidence) => ({ owner: `actor ${a.id}`, evidence }))),
    ...network.ties.flatMap((t) => (t.evidence ?? []).map((evidence) => ({ owner: `tie ${t.id}`, evidence }))),
  ];
}

describe('data/western-balkans-2011.json', () => {
  it('passes the validator', () => {
    const result = validateNetwork(network);
    expect(result.ok ? [] : describeProblems(result.problems)).toEqual([]);
  });

  it('uses no id twice, among actors or among ties', () => {
    const repeated = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated(network.actors.map((a) => a.id))).toEqual([]);
    expect(repeated(network.ties.map((t) => t.id))).toEqual([]);
  });

  it('ties only actors that exist', () => {
    const ids = new Set(network.actors.map((a) => a.id));
    const dangling = network.ties.filter((t) => !ids.has(t.source) || !ids.has(t.target)).map((t) => t.id);
    expect(dangling).toEqual([]);
  });

  it('backs every actor and every tie with evidence', () => {
    const bare = [...network.actors, ...network.ties].filter((r) => !r.evidence?.length).map((r) => r.id);
    expect(bare).toEqual([]);
  });

  it('names UN Women as the facilitator', () => {
    const facilitator = network.actors.find((a) => a.id === network.facilitator);
    expect(facilitator?.name).toBe('UN Women');
  });

  it('keeps the dates the report gives: KWN left the coordination group, the MoU of 2008', () => {
    const withdrawn = network.ties.filter((t) => t.until !== undefined);
    expect(withdrawn.some((t) => [t.source, t.target].includes('kwn'))).toBe(true);
    expect(network.ties.some((t) => t.kind === 'mou' && t.since === 2008)).toBe(true);
  });

  it.skipIf(!reportPresent)('quotes the report verbatim, every time', () => {
    const report = fold(readFileSync(REPORT, 'utf8'));
    const missing = allEvidence().filter(({ evidence }) => !report.includes(fold(evidence.quote)));
    expect(missing.map(({ owner, evidence }) => `${owner}: ${evidence.quote}`)).toEqual([]);
  });

  it.runIf(!reportPresent)('skips the quote check: the report is not at ../shared/source/', () => {
    console.warn(`Quote check skipped: ${REPORT} is absent (a clone outside the project's workspace).`);
  });
});
