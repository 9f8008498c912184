import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ActorPanel from '../../src/components/ActorPanel.svelte';
import { otherEnd, tiesByActor } from '../../src/core/model/ties-by-actor';
import type { Tie } from '../../src/core/model/types';
import { smallNetwork } from '../fixtures/load';

function renderPanel(id: string, onselect = vi.fn()) {
  const network = smallNetwork();
  const byId = new Map(network.actors.map((a) => [a.id, a]));
  const ties = tiesByActor(network).get(id) ?? [];
  render(ActorPanel, {
    actor: byId.get(id)!, ties, degree: ties.length,
    other: (tie: Tie) => byId.get(otherEnd(tie, id)), onselect, onclose: () => {},
  });
  return onselect;
}

describe('ActorPanel', () => {
  it('ActorPanel shows the actor name, acronym and attributes', () => {
    renderPanel('wn');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent("Women's Network (WN)");
    expect(screen.getByText('Network or coalition')).toBeInTheDocument();
    expect(screen.getByText('2000')).toBeInTheDocument();
  });

  it('ActorPanel quotes the evidence for the actor, and for a tie once its row is opened', async () => {
    renderPanel('wn');
    expect(screen.getByText('“The network brings together women\'s groups.”')).toBeInTheDocument();
    expect(screen.queryByText('“The agency partnered with the network.”')).toBeNull();
    for (const summary of screen.getAllByText('Why is this tie here?')) await fireEvent.click(summary);
    expect(await screen.findByText('“The agency partnered with the network.”')).toBeInTheDocument();
    expect(screen.getAllByText('Case Study 1').length).toBeGreaterThanOrEqual(2);
  });

  it('ActorPanel lists every tie and selects the actor at the other end', async () => {
    const onselect = renderPanel('wn');
    const list = screen.getByRole('heading', { name: 'Ties (3)' }).nextElementSibling as HTMLElement;
    expect(within(list).getAllByRole('listitem').filter((item) => item.parentElement === list)).toHaveLength(3);
    await fireEvent.click(within(list).getByRole('button', { name: /Police Service/ }));
    expect(onselect).toHaveBeenCalledWith('police');
  });

  it('ActorPanel shows a member count and says when no quote is recorded', async () => {
    renderPanel('board');
    expect(screen.getByText('Members counted').nextElementSibling).toHaveTextContent('19');
    for (const summary of screen.getAllByText('Why is this tie here?')) await fireEvent.click(summary);
    expect((await screen.findAllByText('No quote from a source is recorded for this.')).length).toBeGreaterThan(0);
  });

  it('ActorPanel renders markup in names as text', () => {
    const network = smallNetwork();
    const actor = { ...network.actors[1]!, name: '<img src=x onerror=alert(1)>' };
    render(ActorPanel, { actor, ties: [], degree: 0, other: () => undefined, onselect: () => {}, onclose: () => {} });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('<img src=x onerror=alert(1)> (WN)');
    expect(document.querySelector('img')).toBeNull();
  });
});
