import { useTranslation } from 'react-i18next';
import type { Language } from '../../../electron/common/ports';

const LANGUAGES: readonly Language[] = ['zh-CN', 'en'];

/** Each language is named in itself, so someone who cannot read the current one still finds theirs. */
export function LanguageChoice({ value, onChange }: { readonly value: Language; readonly onChange: (language: Language) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="choice">
      <legend className="field__label">{t('settings.language')}</legend>
      <div className="choice__options">
        {LANGUAGES.map((language) => (
          <label key={language} className={`choice__option${value === language ? ' choice__option--on' : ''}`}>
            <input
              type="radio"
              name="language"
              value={language}
              checked={value === language}
              onChange={() => onChange(language)}
            />
            <span lang={language}>{t(`language.${language}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
