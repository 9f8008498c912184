import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import TieList from '../../src/components/TieList.svelte';
import type { Actor, Tie } from '../../src/core/model/types';

const hub: Actor = { id: 'hub', name: 'Hub', kind: 'international', country: 'international', level: 'international' };
const partners: Actor[] = Array.from({ length: 120 }, (_, i) => ({
  id: `p${i}`, name: `Partner ${i}`, kind: 'womens_org', country: 'Kosovo', level: 'local',
}));
const ties: Tie[] = partners.map((p, i) => ({
  id: `hub--${p.id}`, source: 'hub', target: p.id, kind: 'partnership',
  evidence: i === 0 ? [{ quote: 'The hub funds the first partner.', section: 'Annex A' }] : [],
}));
const byId = new Map(partners.map((p) => [p.id, p]));

function renderList() {
  render(TieList, { ties, other: (tie: Tie) => byId.get(tie.target), onselect: () => {} });
  const list = screen.getByRole('list');
  return () => within(list).getAllByRole('listitem').filter((item) => item.parentElement === list);
}

describe('TieList', () => {
  it('TieList shows a hub\'s first 50 ties, and 50 more at a time on request', async () => {
    const rows = renderList();
    expect(rows()).toHaveLength(50);
    expect(rows()[0]).toHaveTextContent('Partner 0');
    await fireEvent.click(screen.getByRole('button', { name: 'Show 50 more ties' }));
    expect(rows()).toHaveLength(100);
    await fireEvent.click(screen.getByRole('button', { name: 'Show 20 more ties' }));
    expect(rows()).toHaveLength(120);
    expect(rows()[119]).toHaveTextContent('Partner 119');
    expect(screen.queryByRole('button', { name: /more ties/ })).toBeNull();
  });

  it('TieList shows a tie\'s evidence once its row is opened', async () => {
    const rows = renderList();
    expect(screen.queryByText('“The hub funds the first partner.”')).toBeNull();
    await fireEvent.click(within(rows()[0]!).getByText('Why is this tie here?'));
    expect(await screen.findByText('“The hub funds the first partner.”')).toBeVisible();
    expect(within(rows()[0]!).getByText('Annex A')).toBeInTheDocument();
  });
});
