import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import FragilityList from '../../src/components/FragilityList.svelte';
import { analyse } from '../../src/core/metrics/analyse';
import { smallNetwork } from '../fixtures/load';

describe('FragilityList', () => {
  it('FragilityList ranks the actors whose loss lowers reach, largest drop first, and offers a scenario without each', async () => {
    const network = smallNetwork();
    const analysis = analyse(network, { k: 2 });
    const expected = analysis.fragility!.filter((f) => f.drop > 0);
    expect(expected.length).toBeGreaterThan(0);
    const byId = new Map(network.actors.map((a) => [a.id, a]));
    const ontry = vi.fn();
    render(FragilityList, { analysis, actor: (id: string) => byId.get(id), ontry });
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(Math.min(5, expected.length));
    expect(items[0]).toHaveTextContent(byId.get(expected[0]!.id)!.name);
    expect(items[0]).toHaveTextContent(`▼ ${(expected[0]!.drop * 100).toFixed(1)} pts`);
    await fireEvent.click(screen.getByRole('button', { name: `Try without ${byId.get(expected[0]!.id)!.name}` }));
    expect(ontry).toHaveBeenCalledWith(expected[0]!.id);
  });

  it('FragilityList shows how many actors are checked, with a button to stop and then to continue, and says the list is partial', async () => {
    const network = smallNetwork();
    const analysis = analyse(network, { k: 2 });
    const byId = new Map(network.actors.map((a) => [a.id, a]));
    const onpause = vi.fn();
    const onresume = vi.fn();
    const view = render(FragilityList, {
      analysis: { ...analysis, fragility: [] }, actor: (id: string) => byId.get(id), ontry: () => {},
      progress: { done: 1200, total: 25000, paused: false }, onpause, onresume,
    });
    const bar = screen.getByRole('progressbar', { name: 'Single points of failure: actors checked' });
    expect(bar).toHaveAttribute('value', '1200');
    expect(bar).toHaveAttribute('max', '25000');
    expect(screen.getByText('Checked 1200 of 25,000 actors…')).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent('None found so far.');
    await fireEvent.click(screen.getByRole('button', { name: 'Stop checking' }));
    expect(onpause).toHaveBeenCalledOnce();

    await view.rerender({ progress: { done: 1200, total: 25000, paused: true } });
    expect(screen.getByText('Stopped after 1200 of 25,000 actors: the list covers only those.')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Continue checking' }));
    expect(onresume).toHaveBeenCalledOnce();

    await view.rerender({ progress: null });
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('button', { name: /checking/ })).toBeNull();
    expect(screen.getByRole('listitem')).toHaveTextContent("No single actor's loss lowers reach.");
  });

  it('FragilityList shows a small drop with two decimals rather than as 0.0', () => {
    const network = smallNetwork();
    const analysis = analyse(network, { k: 2 });
    const [big, small] = [network.actors[0]!, network.actors[1]!];
    render(FragilityList, {
      analysis: { ...analysis, fragility: [{ id: big.id, drop: 0.123 }, { id: small.id, drop: 0.0003 }] },
      actor: (id: string) => network.actors.find((a) => a.id === id), ontry: () => {},
    });
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('▼ 12.3 pts');
    expect(items[1]).toHaveTextContent('▼ 0.03 pts');
  });
});
