import type { settings as english } from '../en/settings';
import type { TranslationOf } from '../types';

export const settings: TranslationOf<typeof english> = {
  'settings.theme': 'Pamja',
  'settings.themeSystem': 'Si sistemi',
  'settings.themeLight': 'E çelët',
  'settings.themeDark': 'E errët',
};
