import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../../electron/common/ipc/text-limits';
import { containsFullCardNumber } from '../../../../electron/common/domain/card-number';
import type { WireError } from '../../../../electron/common/domain/errors';
import { errorMessage } from '../../../i18n/error-message';

/** A note on the timeline: who called, what was said. The history is append-only, so notes are too. */
export function AddNote({ busy, onAdd }: { readonly busy: boolean; readonly onAdd: (note: string) => Promise<WireError | undefined> }) {
  const { t, i18n } = useTranslation();
  const [note, setNote] = useState('');
  const [error, setError] = useState<WireError | undefined>(undefined);
  const hasCard = containsFullCardNumber(note);

  async function add(): Promise<void> {
    if (hasCard) {
      setError({ code: 'full_card_number', message: 'Full card number', field: 'note' });
      return;
    }
    const problem = await onAdd(note.trim());
    setError(problem);
    if (problem === undefined) setNote('');
  }

  return (
    <div className="add-note">
      <label className="field__label" htmlFor="add-note">
        {t('detail.addNote')}
      </label>
      <textarea
        id="add-note"
        className="input input--note"
        rows={2}
        maxLength={TEXT_LIMITS.note}
        value={note}
        placeholder={t('detail.notePlaceholder')}
        aria-invalid={error !== undefined}
        onChange={(event) => {
          setNote(event.target.value);
          setError(undefined);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && note.trim() !== '') {
            event.preventDefault();
            void add();
          }
        }}
      />
      {error !== undefined ? (
        <p className="field__error" role="alert">
          {errorMessage(i18n, error)}
        </p>
      ) : hasCard ? (
        <p className="field__warning" role="status">
          {t('form.fullCardWarning')}
        </p>
      ) : null}
      <button type="button" className="button" disabled={busy || note.trim() === ''} onClick={() => void add()}>
        {t('detail.saveNote')}
      </button>
    </div>
  );
}
