import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../src/i18n/i18n.svelte';
import { MESSAGES, SAVED } from '../../src/persistence';
import { saveMessage } from '../../src/state/save-messages';

describe('saveMessage', () => {
  afterEach(() => i18n.use('en'));

  it('saveMessage keeps the English sentences as persistence words them', () => {
    expect(saveMessage(SAVED)).toBe('All changes saved.');
    expect(saveMessage(MESSAGES.quota)).toBe(MESSAGES.quota);
  });

  it('saveMessage finds the translation of a known sentence, with its reason, and leaves an unknown one as it is', async () => {
    await i18n.use('sq');
    expect(saveMessage(SAVED)).toBe('Gjithçka u ruajt.');
    expect(saveMessage('Not saved: disk on fire. Your work is kept in this tab.')).toBe('Nuk u ruajt: disk on fire. Puna juaj mbetet në këtë skedë.');
    expect(saveMessage('Something new.')).toBe('Something new.');
  });
});
