import type { settings as english } from '../en/settings';
import type { TranslationOf } from '../types';

export const settings: TranslationOf<typeof english> = {
  'settings.theme': 'Tema',
  'settings.themeSystem': 'Kao sistem',
  'settings.themeLight': 'Svijetla',
  'settings.themeDark': 'Tamna',
};
