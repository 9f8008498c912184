import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import MetricsPanel from '../../src/components/MetricsPanel.svelte';
import { analyse } from '../../src/core/metrics/analyse';
import { smallNetwork } from '../fixtures/load';

describe('MetricsPanel', () => {
  it('MetricsPanel shows Reach, Inclusion and Overlap as percentages under their accessible names', () => {
    const analysis = analyse(smallNetwork(), { k: 2 });
    render(MetricsPanel, { analysis, k: 2, computing: false, onk: () => {} });
    const expected = (v: number | null) => (v === null ? 'n/a' : `${Math.round(v * 100)}%`);
    expect(screen.getByRole('status', { name: 'Reach' })).toHaveTextContent(expected(analysis.reach));
    expect(screen.getByRole('status', { name: 'Inclusion' })).toHaveTextContent(expected(analysis.inclusion));
    expect(screen.getByRole('status', { name: 'Overlap' })).toHaveTextContent(expected(analysis.overlap));
  });

  it('MetricsPanel names the least-included community', () => {
    const analysis = analyse(smallNetwork(), { k: 1 });
    render(MetricsPanel, { analysis, k: 1, computing: false, onk: () => {} });
    expect(analysis.leastIncluded).not.toBeNull();
    expect(screen.getByText(new RegExp(`least-included community: ${analysis.leastIncluded}`))).toBeInTheDocument();
  });

  it('MetricsPanel reads n/a, never 0% or NaN, when there are no decision-makers', () => {
    const network = smallNetwork();
    network.actors = network.actors.filter((a) => !['police', 'ministry'].includes(a.id));
    network.ties = network.ties.filter((t) => ![t.source, t.target].some((id) => ['police', 'ministry'].includes(id)));
    render(MetricsPanel, { analysis: analyse(network), k: 2, computing: false, onk: () => {} });
    expect(screen.getByRole('status', { name: 'Reach' })).toHaveTextContent('n/a');
    expect(screen.getByRole('status', { name: 'Inclusion' })).toHaveTextContent('n/a');
    expect(document.body.textContent).not.toContain('NaN');
  });

  it('MetricsPanel reports a new step horizon', async () => {
    const onk = vi.fn();
    render(MetricsPanel, { analysis: null, k: 2, computing: true, onk });
    await fireEvent.click(screen.getByRole('radio', { name: '3' }));
    expect(onk).toHaveBeenCalledWith(3);
  });

  it('MetricsPanel says how far betweenness has been refined, on a progress bar named for it', () => {
    render(MetricsPanel, { analysis: null, k: 2, computing: false, onk: () => {}, refining: { done: 2000, total: 5000 } });
    expect(screen.getByText('Betweenness: refining… 40%')).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: 'Betweenness progress' });
    expect(bar).toHaveAttribute('value', '2000');
    expect(bar).toHaveAttribute('max', '5000');
  });

  it('MetricsPanel shows no refinement once betweenness is exact', () => {
    render(MetricsPanel, { analysis: null, k: 2, computing: false, onk: () => {}, refining: null });
    expect(screen.queryByRole('progressbar', { name: 'Betweenness progress' })).toBeNull();
    expect(screen.queryByText(/refining/)).toBeNull();
  });
});
