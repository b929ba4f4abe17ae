import i18next from 'i18next';
import type { i18n } from 'i18next';
import type { Language } from '../../electron/common/ports';
import { i18nOptions } from '../../renderer/i18n/resources';

/** A fresh i18next with the app's own resources and options, one per language. */
export function testI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init(i18nOptions(language));
  return instance;
}
