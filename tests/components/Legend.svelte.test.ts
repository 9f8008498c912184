import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Legend from '../../src/components/Legend.svelte';
import type { ActorKind } from '../../src/core/model/types';

const counts = new Map<ActorKind, number>([['womens_org', 12], ['security', 3], ['forum', 2]]);

describe('Legend', () => {
  it('Legend lists only the kinds present, with their counts', () => {
    render(Legend, { counts, hidden: new Set(), ontoggle: () => {} });
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes.map((b) => b.closest('label')!.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      "Women's org. 12", 'Forum 2', 'Security 3',
    ]);
  });

  it('Legend shows hidden kinds unchecked and reports a toggle', async () => {
    const ontoggle = vi.fn();
    render(Legend, { counts, hidden: new Set<ActorKind>(['security']), ontoggle });
    const security = screen.getByRole('checkbox', { name: /Security/ });
    expect(security).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Forum/ })).toBeChecked();
    await fireEvent.click(security);
    expect(ontoggle).toHaveBeenCalledWith('security');
  });
});
