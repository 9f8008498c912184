import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ActorTable from '../../src/components/ActorTable.svelte';
import { generateNetwork } from '../../src/core/model/generate-network';
import { tiesByActor } from '../../src/core/model/ties-by-actor';
import { smallNetwork } from '../fixtures/load';

function setup(onselect = vi.fn()) {
  const network = smallNetwork();
  const degree = new Map([...tiesByActor(network)].map(([id, ties]) => [id, ties.length]));
  render(ActorTable, { actors: network.actors, degree, selectedId: 'rae', onselect });
  return { network, onselect };
}

function names(): string[] {
  const body = screen.getAllByRole('rowgroup')[1]!;
  return within(body).getAllByRole('row').map((row) => within(row).getAllByRole('rowheader')[0]!.textContent!.trim());
}

describe('ActorTable', () => {
  it('ActorTable has one row per actor, most-tied first', () => {
    const { network } = setup();
    expect(names()).toHaveLength(network.actors.length);
    expect(names()[0]).toBe('Facilitating Agency');
  });

  it('ActorTable sorts by a column and reverses on a second press', async () => {
    setup();
    const nameHeader = screen.getByRole('columnheader', { name: /Name/ });
    await fireEvent.click(within(nameHeader).getByRole('button'));
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(names()[0]).toBe("Citizens' Association");
    await fireEvent.click(within(nameHeader).getByRole('button'));
    expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    expect(names()[0]).toBe("Women's Network");
  });

  it('ActorTable marks the selected row and selects on a name', async () => {
    const { onselect } = setup();
    const row = screen.getByRole('button', { name: 'Roma Women\'s Group' }).closest('tr')!;
    expect(row).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('button', { name: 'Roma Women\'s Group' })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('button', { name: 'Police Service' })).not.toHaveAttribute('aria-current');
    await fireEvent.click(screen.getByRole('button', { name: 'Police Service' }));
    expect(onselect).toHaveBeenCalledWith('police');
  });

  it('ActorTable shows a big network a page at a time, sorted over all of it, with a button for the next', async () => {
    const network = generateNetwork(45, 3);
    const degree = new Map([...tiesByActor(network)].map(([id, ties]) => [id, ties.length]));
    render(ActorTable, { actors: network.actors, degree, selectedId: null, onselect: () => {}, page: 20 });
    expect(names()).toHaveLength(20);
    expect(screen.getByText('Showing the first 20 of 45.')).toBeInTheDocument();
    // Sorting is over every actor, not only the rows on show.
    const nameHeader = screen.getByRole('columnheader', { name: /Name/ });
    await fireEvent.click(within(nameHeader).getByRole('button'));
    const collator = new Intl.Collator('en-GB');
    const first = [...network.actors].sort((a, b) => collator.compare(a.name, b.name))[0]!.name;
    expect(names()[0]).toBe(first);
    await fireEvent.click(screen.getByRole('button', { name: 'Show 20 more actors' }));
    expect(names()).toHaveLength(40);
    await fireEvent.click(screen.getByRole('button', { name: 'Show 5 more actors' }));
    expect(names()).toHaveLength(45);
    expect(screen.queryByRole('button', { name: /more actors?$/ })).toBeNull();
  });

  it('ActorTable filters its rows by what is typed, says how many match, and says so when none does', async () => {
    const { network } = setup();
    const filter = screen.getByRole('searchbox', { name: 'Filter the list' });
    await fireEvent.input(filter, { target: { value: 'women' } });
    const expected = network.actors.filter((a) => /women/i.test(a.name) || /women/i.test(a.short ?? ''));
    expect(expected.length).toBeGreaterThan(1);
    expect(names()).toHaveLength(expected.length);
    expect(names().every((name) => /women/i.test(name) || expected.some((a) => a.name === name))).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent(`${expected.length} of ${network.actors.length} actors match`);
    await fireEvent.input(filter, { target: { value: 'zzz' } });
    expect(screen.getByRole('status')).toHaveTextContent('No actor matches "zzz".');
    await fireEvent.input(filter, { target: { value: '' } });
    expect(names()).toHaveLength(network.actors.length);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
