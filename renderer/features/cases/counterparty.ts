/** Whom a case is with, from the hotline directory or typed. Pure, so the unit tests check it in plain Node. */
import type { Counterparty, CounterpartyKind } from '../../../electron/common/cases/case';
import type { WireError } from '../../../electron/common/domain/errors';
import type { Hotline, HotlineId } from '../../../electron/common/reminders/hotlines';

/** Payment platforms are where a shop calls first; the rest of the directory are complaint bodies (DOMAIN §3.7). */
export function counterpartyKindOf(id: HotlineId): CounterpartyKind {
  return id === 'wechat_pay' || id === 'alipay' || id === 'unionpay' ? 'platform' : 'complaint_body';
}

export function fromHotline(hotline: Hotline, name: string): Counterparty {
  return { kind: counterpartyKindOf(hotline.id), name, hotlineId: hotline.id, phone: hotline.number };
}

export interface TypedCounterparty {
  readonly kind: CounterpartyKind;
  readonly name: string;
  readonly phone: string;
}

/** A typed counterparty, trimmed; a missing name is said at the field (`counterparty.name`). */
export function typedCounterparty(draft: TypedCounterparty): { readonly ok: true; readonly value: Counterparty } | { readonly ok: false; readonly error: WireError } {
  const name = draft.name.trim();
  const phone = draft.phone.trim();
  if (name === '') return { ok: false, error: { code: 'required', message: 'Name the counterparty.', field: 'counterparty.name' } };
  return { ok: true, value: { kind: draft.kind, name, ...(phone === '' ? {} : { phone }) } };
}
