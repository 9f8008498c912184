import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../../src/core/graph';
import { brokerageRoles } from '../../../src/core/metrics';
import { network, ties } from './helpers';

// A star: centre h (community "other") with leaves c1, c2 (community A), c3 (B) and d1, d2
// (other). No leaves are tied, so all 5 * 4 = 20 ordered leaf pairs are two-paths through h:
//   d1 -> h -> d2 and back: all "other"                          -> coordinator 2
//   d -> h -> c (2 * 3): a in h's group, b outside                -> representative 6
//   c -> h -> d (3 * 2): a outside, b in h's group                -> gatekeeper 6
//   c1 -> h -> c2 and back: a and b share a group that is not h's -> consultant 2
//   c1/c2 <-> c3 (4 ordered): three different groups              -> liaison 4
const star = buildGraphIndex(
  network(
    ['h:forum::Kosovo', 'c1:womens_org:A:Kosovo', 'c2:womens_org:A:Serbia', 'c3:womens_org:B:Serbia', 'd1:government::BiH', 'd2:government::BiH'],
    ties('h-c1', 'h-c2', 'h-c3', 'h-d1', 'h-d2'),
  ),
);

describe('brokerageRoles', () => {
  it('brokerageRoles classifies every two-path through a star centre by community', () => {
    const roles = brokerageRoles(star);
    expect({
      coordinator: roles.coordinator[0],
      representative: roles.representative[0],
      gatekeeper: roles.gatekeeper[0],
      consultant: roles.consultant[0],
      liaison: roles.liaison[0],
    }).toEqual({ coordinator: 2, representative: 6, gatekeeper: 6, consultant: 2, liaison: 4 });
    expect(Array.from(roles.liaison.subarray(1))).toEqual([0, 0, 0, 0, 0]);
  });

  it('brokerageRoles can use the country partition instead', () => {
    // Groups: h Kosovo; c1 Kosovo; c2, c3 Serbia; d1, d2 BiH. Ordered pairs through h:
    // coordinator: none (c1 is h's only compatriot). representative c1 -> 4 others = 4,
    // gatekeeper 4. consultant: c2 <-> c3, d1 <-> d2 = 4. liaison: {c2,c3} x {d1,d2} x 2 = 8.
    const roles = brokerageRoles(star, { partition: 'country' });
    expect([roles.coordinator[0], roles.representative[0], roles.gatekeeper[0], roles.consultant[0], roles.liaison[0]])
      .toEqual([0, 4, 4, 4, 8]);
  });

  it('brokerageRoles skips pairs that are tied to each other directly', () => {
    // Triangle a - b - c - a: no open two-paths anywhere.
    const triangle = buildGraphIndex(network(['a:media', 'b:media', 'c:media'], ties('a-b', 'b-c', 'c-a')));
    const roles = brokerageRoles(triangle);
    expect(Array.from(roles.coordinator)).toEqual([0, 0, 0]);
  });
});
