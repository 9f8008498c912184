import { describe, expect, it } from 'vitest';
import { choiceOf, isThemeChoice, resolveTheme } from '../../src/components/theme';

describe('resolveTheme', () => {
  it('resolveTheme follows the system while the choice is "system"', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
  });

  it('resolveTheme keeps a chosen theme whatever the system prefers', () => {
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});

describe('choiceOf', () => {
  it('choiceOf reads a remembered choice, and anything else as "system"', () => {
    expect(choiceOf('dark')).toBe('dark');
    expect(choiceOf('light')).toBe('light');
    expect(choiceOf(null)).toBe('system');
    expect(choiceOf('sepia')).toBe('system');
    expect(isThemeChoice('system')).toBe(true);
    expect(isThemeChoice(1)).toBe(false);
  });
});
