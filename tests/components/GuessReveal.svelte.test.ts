import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import GuessReveal from '../../src/components/GuessReveal.svelte';
import { analyse } from '../../src/core/metrics/analyse';
import { smallNetwork } from '../fixtures/load';

async function pick(name: string) {
  const box = screen.getByRole('combobox', { name: 'Your ranking' });
  await fireEvent.input(box, { target: { value: name } });
  await fireEvent.keyDown(box, { key: 'Enter' });
}

describe('GuessReveal', () => {
  it('GuessReveal waits for three guesses, then shows each actor\'s rank by brokerage beside the guess', async () => {
    const network = smallNetwork();
    const analysis = analyse(network);
    const byId = new Map(network.actors.map((a) => [a.id, a.name]));
    render(GuessReveal, { actors: network.actors, analysis, name: (id: string) => byId.get(id) ?? id });
    const reveal = screen.getByRole('button', { name: 'Reveal' });
    await pick('Roma Women\'s Group');
    await pick('Police Service');
    expect(reveal).toBeDisabled();
    await pick('Facilitating Agency');
    expect(reveal).toBeEnabled();
    await fireEvent.click(reveal);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(["Roma Women's Group", 'Police Service', 'Facilitating Agency']);
    // The facilitator is the hub of this network: first by brokerage, whatever the guess.
    expect(within(rows[2]!).getAllByRole('cell')[1]!.textContent).toMatch(/^1 /);
    expect(screen.getByText(/Agreement with brokerage/)).toBeInTheDocument();
  });
});
