// The page's theme as rune state: the choice, remembered, and the system's preference, kept on <html data-theme>.

import { readPreference, writePreference } from '../persistence/preference';
import { choiceOf, resolveTheme, THEME_KEY, type Theme, type ThemeChoice } from './theme';

const SYSTEM_DARK = '(prefers-color-scheme: dark)';

class ThemeState {
  choice = $state<ThemeChoice>('system');
  #systemDark = $state(false);
  readonly current: Theme = $derived(resolveTheme(this.choice, this.#systemDark));

  /** Before the app mounts, so its first paint already has the theme; then follows the system while it is the choice. */
  start(): void {
    this.choice = choiceOf(readPreference(THEME_KEY));
    const query = globalThis.matchMedia?.(SYSTEM_DARK);
    this.#systemDark = query?.matches ?? false;
    query?.addEventListener('change', (event) => {
      this.#systemDark = event.matches;
      this.#apply();
    });
    this.#apply();
  }

  choose(choice: ThemeChoice): void {
    this.choice = choice;
    writePreference(THEME_KEY, choice);
    this.#apply();
  }

  #apply(): void {
    document.documentElement.dataset.theme = this.current;
  }
}

export const theme = new ThemeState();
