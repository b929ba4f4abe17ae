import { useTranslation } from 'react-i18next';
import { RETENTION_CHOICES } from '../../../electron/common/privacy/retention';

/** 不自动删除 / 1 年 / 2 年 / 3 年: used at first run and in Settings → 隐私. */
export function RetentionSelect(props: { readonly id: string; readonly value: number | null; readonly onChange: (days: number | null) => void }) {
  const { t } = useTranslation();
  return (
    <select
      id={props.id}
      className="input"
      value={props.value === null ? 'keep' : String(props.value)}
      onChange={(event) => props.onChange(event.target.value === 'keep' ? null : Number(event.target.value))}
    >
      {RETENTION_CHOICES.map((days) => (
        <option key={days ?? 'keep'} value={days === null ? 'keep' : String(days)}>
          {days === null ? t('privacy.keep') : t('privacy.years', { count: days / 365 })}
        </option>
      ))}
    </select>
  );
}
