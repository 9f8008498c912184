// Which colour theme the page shows: the user's choice if any, else the system's.

export type Theme = 'light' | 'dark';
export type ThemeChoice = 'system' | Theme;

/** Where the choice is remembered; do not change without moving the old value over. */
export const THEME_KEY = 'bridgework.theme';

export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return THEME_CHOICES.includes(value as ThemeChoice);
}

/** A remembered value that is not a choice (an older or tampered one) counts as no choice. */
export function choiceOf(stored: string | null): ThemeChoice {
  return isThemeChoice(stored) ? stored : 'system';
}

export function resolveTheme(choice: ThemeChoice, systemDark: boolean): Theme {
  if (choice !== 'system') return choice;
  return systemDark ? 'dark' : 'light';
}
