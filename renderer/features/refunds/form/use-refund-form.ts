import { useMemo, useState } from 'react';
import type { WireError } from '../../../../electron/common/domain/errors';
import { formatYuanPlain } from '../../../../electron/common/domain/money';
import type { Fen } from '../../../../electron/common/domain/money';
import type { IdentifierField } from '../../../../electron/common/domain/types';
import type { PaymentLookupResult, RefundDetail } from '../../../../electron/common/ipc/contract';
import type { PublicSettings } from '../../../../electron/common/ipc/contract';
import { call, toWireError } from '../../../bridge';
import { fieldDomId } from '../../../lib/field-ids';
import { toLocalDateTimeInput } from '../../../lib/format';
import { newRequestId } from '../../../lib/request-id';
import { currentOperator } from '../../app/app-context';
import {
  defaultRefundAmount,
  emptyDraft,
  fieldOrder,
  identifiersOf,
  liveNet,
  placeError,
  textFields,
  toCreateInput,
  validateDraft,
} from './form-draft';
import type { FieldErrors, RefundDraft } from './form-draft';
import { usePaymentLookup } from './use-payment-lookup';
import { withExtras } from './counter-draft';
import type { CreateExtras } from './counter-draft';

/** Problems with the disk or the app itself: shown at the top, never beside one field. */
const BANNER_CODES: ReadonlySet<string> = new Set(['disk_full', 'save_failed', 'storage_locked', 'internal', 'unknown_method', 'untrusted_sender']);

export interface RefundForm {
  /** The draft with the refund amount's default filled in, i.e. what would be saved. */
  readonly draft: RefundDraft;
  readonly update: (path: string, patch: Partial<RefundDraft>) => void;
  readonly setIdentifier: (field: IdentifierField, value: string) => void;
  readonly errorFor: (path: string) => WireError | undefined;
  /** Paths holding what looks like a full card number right now, warned about before any save. */
  readonly cardWarnings: ReadonlySet<string>;
  readonly markVisited: (path: string) => void;
  readonly lookup: PaymentLookupResult | undefined;
  readonly net: Fen | undefined;
  readonly banner: WireError | undefined;
  readonly errorCount: number;
  readonly focusFirstError: () => void;
  readonly saving: boolean;
  /** `extra`: the counter fields (destination, duplicate confirmation) kept outside the draft (use-counter-fields.ts). */
  readonly save: (extra?: CreateExtras) => Promise<RefundDetail | undefined>;
}

function focusField(path: string): void {
  document.getElementById(fieldDomId(path))?.focus();
}

export function useRefundForm(settings: PublicSettings): RefundForm {
  // One id per form: a double press of save, or a retry after a lost reply, never records two refunds.
  const [requestId] = useState(newRequestId);
  const [raw, setRaw] = useState<RefundDraft>(() =>
    emptyDraft({
      channel: settings.lastChannel ?? 'unionpay_debit',
      paidAt: toLocalDateTimeInput(new Date()),
      operator: currentOperator(settings),
    }),
  );
  const [visited, setVisited] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [appErrors, setAppErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<WireError | undefined>(undefined);
  const [saving, setSaving] = useState(false);

  // A payment found by its identifiers already has its amount: fill it in if the person has not.
  const lookup = usePaymentLookup({ channel: raw.channel, paidAt: raw.paidAt, ids: identifiersOf(raw) }, (result) => {
    if (!result.found) return;
    const known = formatYuanPlain(result.payment.amount);
    setRaw((current) => (current.paidAmount.trim() === '' ? { ...current, paidAmount: known } : current));
  });
  const remainder = lookup?.found === true ? lookup.remainder : undefined;
  const draft = useMemo<RefundDraft>(
    () => (raw.refundAmountTouched ? raw : { ...raw, refundAmount: defaultRefundAmount(raw.paidAmount, remainder) }),
    [raw, remainder],
  );
  const live = useMemo(() => validateDraft(draft), [draft]);
  const net = liveNet(draft);

  function clearAppErrors(path: string): void {
    setAppErrors((current) => {
      const keys = Object.keys(current).filter((key) => key === path || key.startsWith(`${path}.`) || path.startsWith(`${key}.`));
      if (keys.length === 0) return current;
      const next = { ...current };
      for (const key of keys) delete next[key];
      return next;
    });
    setBanner(undefined);
  }

  function update(path: string, patch: Partial<RefundDraft>): void {
    setRaw((current) => ({ ...current, ...patch }));
    clearAppErrors(path);
  }

  function setIdentifier(field: IdentifierField, value: string): void {
    setRaw((current) => ({ ...current, ids: { ...current.ids, [field]: value } }));
    clearAppErrors(`payment.ids.${field}`);
  }

  function errorFor(path: string): WireError | undefined {
    const own = appErrors[path];
    if (own !== undefined) return own;
    return submitted || visited.has(path) ? live[path] : undefined;
  }

  const cardWarnings = new Set(
    textFields(draft)
      .filter(([path]) => live[path]?.code === 'full_card_number')
      .map(([path]) => path),
  );

  function localErrors(): FieldErrors {
    if (remainder === undefined || net === undefined || net <= remainder || live['refund.amount'] !== undefined) return live;
    return {
      ...live,
      'refund.amount': { code: 'exceeds_remainder', message: 'Exceeds the remainder.', field: 'refund.amount', params: { remainder } },
    };
  }

  async function save(extra?: CreateExtras): Promise<RefundDetail | undefined> {
    if (saving) return undefined;
    setSubmitted(true);
    const order = fieldOrder(draft);
    const local = localErrors();
    const firstLocal = order.find((path) => local[path] !== undefined);
    if (firstLocal !== undefined) {
      setAppErrors(local['refund.amount']?.code === 'exceeds_remainder' ? { 'refund.amount': local['refund.amount'] } : {});
      focusField(firstLocal);
      return undefined;
    }
    setSaving(true);
    setBanner(undefined);
    try {
      return await call('refund.create', withExtras(toCreateInput(draft, requestId), extra));
    } catch (error) {
      const wire = toWireError(error);
      const place = BANNER_CODES.has(wire.code) ? undefined : placeError(wire.field, order);
      if (place === undefined) setBanner(wire);
      else {
        setAppErrors({ [place]: wire });
        focusField(place);
      }
      return undefined;
    } finally {
      setSaving(false);
    }
  }

  const shownErrors = fieldOrder(draft).filter((path) => errorFor(path) !== undefined);

  return {
    draft,
    update,
    setIdentifier,
    errorFor,
    cardWarnings,
    markVisited: (path) => setVisited((current) => (current.has(path) ? current : new Set([...current, path]))),
    lookup,
    net,
    banner,
    errorCount: shownErrors.length,
    focusFirstError: () => {
      const first = shownErrors[0];
      if (first !== undefined) focusField(first);
    },
    saving,
    save,
  };
}
