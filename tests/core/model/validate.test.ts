import { describe, expect, it } from 'vitest';
import { describeProblems, MAX_PROBLEMS, validateNetwork } from '../../../src/core/model/validate';
import { smallNetwork } from '../../fixtures/load';

function problemsOf(data: unknown): string[] {
  const result = validateNetwork(data);
  return result.ok ? [] : describeProblems(result.problems);
}

describe('validateNetwork', () => {
  it('validateNetwork accepts a well-formed network', () => {
    const result = validateNetwork(smallNetwork());
    expect(result.ok).toBe(true);
  });

  it('validateNetwork names the actor and the field of an unknown kind', () => {
    const network = smallNetwork();
    (network.actors[2] as { kind: string }).kind = 'charity';
    expect(problemsOf(network)).toEqual([
      'actor 3 ("rae"), kind: expected one of womens_org, civil_society, network, forum, government, parliament, security, justice, international, un, donor, media, academia, faith, person; got "charity"',
    ]);
  });

  it('validateNetwork names a tie whose end is not an actor', () => {
    const network = smallNetwork();
    network.ties[1]!.target = 'ghost';
    expect(problemsOf(network)).toEqual(['tie 2 ("rae--wn"), target: names actor "ghost", which is not in the network']);
  });

  it('validateNetwork reports repeated actor and tie ids', () => {
    const network = smallNetwork();
    network.actors[3]!.id = 'rae';
    network.ties[2]!.id = 'wn--fac';
    network.ties[2]!.target = 'rae';
    const problems = problemsOf(network);
    expect(problems).toContain('actor 4 ("rae"), id: repeats "rae", already used by an earlier actor');
    expect(problems).toContain('tie 3 ("wn--fac"), id: repeats "wn--fac", already used by an earlier tie');
  });

  it('validateNetwork reports missing required fields and a facilitator that is not an actor', () => {
    const network = smallNetwork() as unknown as Record<string, unknown>;
    network.facilitator = 'nobody';
    delete (network.actors as Record<string, unknown>[])[0]!.name;
    const problems = problemsOf(network);
    expect(problems).toContain('actor 1 ("fac"), name: is missing');
    expect(problems).toContain('network, facilitator: names actor "nobody", which is not in the network');
  });

  it('validateNetwork checks years, counts, evidence and self-ties', () => {
    const network = smallNetwork();
    network.ties[0]!.since = 2010;
    network.ties[0]!.until = 2008;
    network.actors[5]!.memberCount = -3;
    network.ties[1]!.target = network.ties[1]!.source;
    network.actors[0]!.evidence = [{ quote: 'x'.repeat(260), section: '' }];
    const problems = problemsOf(network);
    expect(problems).toContain('tie 1 ("wn--fac"), until: is 2008, before since (2010)');
    expect(problems).toContain('actor 6 ("board"), memberCount: expected a whole number, got number -3');
    expect(problems).toContain('tie 2 ("rae--wn"), target: is the same actor as source');
    expect(problems).toContain('actor 1 ("fac"), evidence[1]: quote is 260 characters; keep it under 250');
    expect(problems).toContain('actor 1 ("fac"), evidence[1]: needs a section (text)');
  });

  it('validateNetwork rejects a wrong schema version and non-objects', () => {
    expect(problemsOf({ ...smallNetwork(), schemaVersion: 7 })).toEqual(['network, schemaVersion: expected 1, got 7']);
    expect(problemsOf([])).toEqual(['network, (whole record): expected an object, got a list']);
  });

  it('describeProblems lists at most MAX_PROBLEMS and says how many more there are', () => {
    const network = smallNetwork();
    for (const actor of network.actors) (actor as { level: string }).level = 'galactic';
    for (const tie of network.ties) (tie as { kind: string }).kind = 'friendship';
    for (let i = 0; i < 10; i++) network.actors.push({ ...network.actors[0]!, id: `extra-${i}`, country: 'Mars' as never });
    const lines = problemsOf(network);
    expect(lines).toHaveLength(MAX_PROBLEMS + 1);
    expect(lines.at(-1)).toMatch(/^…and \d+ more problems$/);
  });
});
