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
});
