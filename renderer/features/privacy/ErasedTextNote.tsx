import { useTranslation } from 'react-i18next';

/**
 * Under a history line whose personal text was erased (domain/erased-events.ts): says so, so an empty contact
 * summary reads as "removed on purpose", not as a record that lost its text.
 */
export function ErasedTextNote({ event }: { readonly event: { readonly erased?: true } }) {
  const { t } = useTranslation();
  return event.erased === true ? <p className="timeline__note timeline__note--erased">{t('privacy.event.textErased')}</p> : null;
}

/** Erasure events keep their reason code in `note`; the line above already says it in words. */
export function showsOwnNote(kind: string): boolean {
  return kind !== 'personal_data_erased' && kind !== 'attachment_erased';
}
