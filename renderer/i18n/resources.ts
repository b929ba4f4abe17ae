/**
 * The translation resources and the i18next type augmentation that makes `t('…')` keys checked by the compiler.
 * Any module that uses typed keys imports from here, so the augmentation is part of every program that needs it.
 */
import type { InitOptions } from 'i18next';
import type { Language } from '../../electron/common/ports';
import { en } from './en';
import { zhCN } from './zh-CN';
import type { Messages } from './zh-CN';

export const RESOURCES: { readonly [L in Language]: { readonly translation: Messages } } = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
};

/** Matches the type option below; the app never uses i18next contexts. */
export const CONTEXT_SEPARATOR = '~';

export const DEFAULT_LANGUAGE: Language = 'zh-CN';

/** The options every i18next instance gets, the app's and the unit tests' alike. */
export function i18nOptions(language: Language): InitOptions {
  return {
    resources: RESOURCES,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    // The resources are bundled, nothing is fetched: start synchronously so the first paint is translated.
    initAsync: false,
    contextSeparator: CONTEXT_SEPARATOR,
    // React escapes every string it renders; escaping here as well would show `&amp;` to the owner.
    interpolation: { escapeValue: false },
    returnNull: false,
  };
}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
    // Keys such as `unionpay_debit` and `too_long` are names, not contexts: i18next must not split them at `_`.
    contextSeparator: '~';
  }
}
