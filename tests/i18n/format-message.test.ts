import { describe, expect, it } from 'vitest';
import { formatMessage, placeholdersOf } from '../../src/i18n/format-message';
import { chooseLocale } from '../../src/i18n/locales';

describe('formatMessage', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('{name} reaches {count}', { name: 'KWN', count: 3 }, 'en')).toBe('KWN reaches 3');
    expect(formatMessage('{name} and {other}', { name: 'KWN' }, 'en')).toBe('KWN and {other}');
  });

  it('picks the plural form by count, as each language counts', () => {
    const actors = { one: '{count} actor', other: '{count} actors' };
    expect(formatMessage(actors, { count: 1 }, 'en')).toBe('1 actor');
    expect(formatMessage(actors, { count: 2 }, 'en')).toBe('2 actors');
    const akteri = { one: '{count} akter', few: '{count} aktera', other: '{count} aktera' };
    const bosnian = { one: '{count} akter', few: '{count} aktera (few)', other: '{count} aktera (other)' };
    expect(formatMessage(akteri, { count: 21 }, 'bs')).toBe('21 akter');
    expect(formatMessage(bosnian, { count: 23 }, 'bs')).toBe('23 aktera (few)');
    expect(formatMessage(bosnian, { count: 25 }, 'bs')).toBe('25 aktera (other)');
  });

  it('writes numbers the locale\'s way, years without grouping', () => {
    expect(formatMessage('{count} actors', { count: 20000 }, 'en')).toBe('20,000 actors');
    expect(formatMessage('in {year}', { year: 2011 }, 'en')).toBe('in 2011');
    expect(formatMessage('{value}', { value: 0.5 }, 'bs')).toBe('0,5');
    expect(formatMessage('{count}', { count: 20000.25 }, 'bs')).toBe('20.000,25');
    expect(formatMessage('{count}', { count: 20000.25 }, 'sq')).toBe('20\u00a0000,25');
  });

  it('lists the placeholders of every form', () => {
    expect([...placeholdersOf({ one: 'one {a}', other: '{count} {b}' })].sort()).toEqual(['a', 'b', 'count']);
  });
});

describe('chooseLocale', () => {
  it('takes the first language the interface speaks', () => {
    expect(chooseLocale(['de-DE', 'sq-AL', 'en'])).toBe('sq');
    expect(chooseLocale(['sr-Latn-RS'])).toBe('bs');
    expect(chooseLocale(['hr'])).toBe('bs');
    expect(chooseLocale(['sr_RS'])).toBe('bs');
    expect(chooseLocale(['bs-BA', 'en'])).toBe('bs');
  });

  it('falls back to English', () => {
    expect(chooseLocale(['de', 'fr'])).toBe('en');
    expect(chooseLocale([])).toBe('en');
  });
});
