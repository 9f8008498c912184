import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ThemeSwitch from '../../src/components/ThemeSwitch.svelte';
import { THEME_KEY } from '../../src/components/theme';
import { theme } from '../../src/components/theme.svelte';

afterEach(() => {
  localStorage.clear();
  theme.choose('system');
});

describe('ThemeSwitch', () => {
  it('ThemeSwitch offers System, Light and Dark under the name "Theme"', () => {
    render(ThemeSwitch);
    const select = screen.getByRole('combobox', { name: 'Theme' });
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['System', 'Light', 'Dark']);
  });

  it('ThemeSwitch puts the chosen theme on <html> and remembers it for the next visit', async () => {
    render(ThemeSwitch);
    await fireEvent.change(screen.getByRole('combobox', { name: 'Theme' }), { target: { value: 'dark' } });
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');
    // As on the next visit: a fresh start reads the choice back.
    theme.choice = 'system';
    theme.start();
    expect(theme.choice).toBe('dark');
  });
});
