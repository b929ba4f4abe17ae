import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { containsFullCardNumber } from '../../../../electron/common/domain/card-number';
import type { WireError } from '../../../../electron/common/domain/errors';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { errorMessage } from '../../../i18n/error-message';

interface RerouteDialogProps {
  readonly open: boolean;
  readonly busy: boolean;
  readonly error: WireError | undefined;
  readonly onConfirm: (destination: string) => Promise<void>;
  readonly onCancel: () => void;
}

/** WeChat ABNORMAL: the payer's card was closed or frozen and the money went elsewhere. Where to is required. */
export function RerouteDialog({ open, busy, error, onConfirm, onCancel }: RerouteDialogProps) {
  const { t, i18n } = useTranslation();
  const [destination, setDestination] = useState('');
  const fullCard = containsFullCardNumber(destination);
  const shown: WireError | undefined = fullCard ? { code: 'full_card_number', message: 'Full card number', field: 'reroutedTo' } : error;
  return (
    <ConfirmDialog
      open={open}
      title={t('approval.reroute.title')}
      confirmLabel={t('approval.reroute.confirm')}
      cancelLabel={t('common.cancel')}
      canConfirm={destination.trim() !== '' && !fullCard && !busy}
      onConfirm={() => void onConfirm(destination.trim()).then(() => setDestination(''))}
      onCancel={onCancel}
    >
      <label className="field__label" htmlFor="reroute-to">
        {t('approval.reroute.label')}
      </label>
      <input
        id="reroute-to"
        className="input"
        maxLength={100}
        value={destination}
        placeholder={t('approval.reroute.placeholder')}
        aria-describedby="reroute-hint"
        onChange={(event) => setDestination(event.target.value)}
      />
      <p id="reroute-hint" className="field__hint">
        {t('approval.reroute.hint')}
      </p>
      {shown === undefined ? null : (
        <p className="field__error" role="alert">
          {errorMessage(i18n, shown)}
        </p>
      )}
    </ConfirmDialog>
  );
}
