import i18next from 'i18next';
import type { i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../electron/common/ports';
import { DEFAULT_LANGUAGE, i18nOptions } from './resources';

/** Starts the app's i18next before the first render, so the first paint is already in the right language. */
export function initI18n(language: Language = DEFAULT_LANGUAGE): i18n {
  void i18next.use(initReactI18next).init(i18nOptions(language));
  return i18next;
}

export function applyLanguage(instance: i18n, language: Language): void {
  if (instance.language !== language) void instance.changeLanguage(language);
  document.documentElement.lang = language;
}
