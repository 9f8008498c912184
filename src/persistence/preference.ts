// A choice kept on this device (the language, the theme) in localStorage. Private modes may refuse
// storage: then nothing is remembered and the choice lasts for this visit.

export function readPreference(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writePreference(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Refused: the choice lasts for this visit.
  }
}
