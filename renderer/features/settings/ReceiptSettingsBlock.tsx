import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../electron/common/domain/errors';
import { PAPER_SIZES, RECEIPT_LANGUAGES, SHOP_PROFILE_LIMITS } from '../../../electron/common/receipts/receipt';
import type { PaperSize, ReceiptLanguage } from '../../../electron/common/receipts/receipt';
import { toWireError } from '../../bridge';
import { errorMessage } from '../../i18n/error-message';
import { useApp } from '../app/app-context';
import { receiptPrefsOf, shopProfileOf } from '../receipts/receipt-prefs';
import { isPaperSize, isReceiptLanguage } from '../receipts/receipt-text';
import '../../styles/receipts.css';

/**
 * 凭证上的店铺信息: the address and phone printed under the shop's name on every receipt, and the paper and
 * language the print dialog starts with (the dialog also remembers the last printer and size it used).
 */
export function ReceiptSettingsBlock() {
  const { t, i18n } = useTranslation();
  const { settings, updateSettings } = useApp();
  const prefs = receiptPrefsOf(settings.receipt);
  const [address, setAddress] = useState(settings.shop?.address ?? '');
  const [phone, setPhone] = useState(settings.shop?.phone ?? '');
  const [size, setSize] = useState<PaperSize>(prefs.size);
  const [language, setLanguage] = useState<ReceiptLanguage>(prefs.language);
  const [badField, setBadField] = useState<'address' | 'phone' | undefined>(undefined);
  const [error, setError] = useState<WireError | undefined>(undefined);
  const [saved, setSaved] = useState(false);

  const edited = () => {
    setSaved(false);
    setBadField(undefined);
  };

  async function save(): Promise<void> {
    const shop = shopProfileOf(address, phone);
    if (!shop.ok) {
      setBadField(shop.field);
      return;
    }
    setError(undefined);
    setSaved(false);
    try {
      // The remembered printer stays as the dialog left it.
      const current = receiptPrefsOf(settings.receipt);
      await updateSettings({
        shop: shop.value,
        receipt: { ...current, size, language },
      });
      setSaved(true);
    } catch (problem) {
      setError(toWireError(problem));
    }
  }

  return (
    <section className="settings__block receipt-settings" aria-labelledby="receipt-settings-title">
      <h2 id="receipt-settings-title" className="field__label">
        {t('receipts.settings.title')}
      </h2>
      <p className="field__hint">{t('receipts.settings.intro')}</p>
      <form
        className="receipt-settings__row"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label className="receipt-settings__address">
          <span className="toolbar__label">{t('receipts.settings.address')}</span>
          <input
            className="input"
            value={address}
            maxLength={SHOP_PROFILE_LIMITS.address}
            aria-invalid={badField === 'address' ? true : undefined}
            onChange={(event) => {
              setAddress(event.target.value);
              edited();
            }}
          />
        </label>
        <label>
          <span className="toolbar__label">{t('receipts.settings.phone')}</span>
          <input
            className="input input--small"
            value={phone}
            inputMode="tel"
            maxLength={SHOP_PROFILE_LIMITS.phone}
            aria-invalid={badField === 'phone' ? true : undefined}
            onChange={(event) => {
              setPhone(event.target.value);
              edited();
            }}
          />
        </label>
        <label>
          <span className="toolbar__label">{t('receipts.settings.defaultPaper')}</span>
          <select
            className="input input--small"
            value={size}
            onChange={(event) => {
              if (isPaperSize(event.target.value)) setSize(event.target.value);
              edited();
            }}
          >
            {PAPER_SIZES.map((option) => (
              <option key={option} value={option}>
                {t(`receipts.paperSize.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="toolbar__label">{t('receipts.settings.defaultLanguage')}</span>
          <select
            className="input input--small"
            value={language}
            onChange={(event) => {
              if (isReceiptLanguage(event.target.value)) setLanguage(event.target.value);
              edited();
            }}
          >
            {RECEIPT_LANGUAGES.map((option) => (
              <option key={option} value={option}>
                {t(`receipts.languages.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          {t('receipts.settings.save')}
        </button>
        {saved ? (
          <span className="text--ok" role="status">
            {t('settings.saved')} ✓
          </span>
        ) : null}
      </form>
      <p className="field__hint">
        {t('receipts.settings.policyNote')}{' '}
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => {
            const policy = document.getElementById('counter-settings-policy');
            policy?.scrollIntoView({ block: 'center' });
            policy?.focus();
          }}
        >
          {t('receipts.settings.policyLink')}
        </button>
      </p>
      {badField === undefined ? null : (
        <p className="field__error" role="alert">
          {t('receipts.settings.tooLong', { max: String(SHOP_PROFILE_LIMITS[badField]) })}
        </p>
      )}
      {error === undefined ? null : (
        <p className="field__error" role="alert">
          {errorMessage(i18n, error)}
        </p>
      )}
    </section>
  );
}
