/**
 * What to do next for each reminder (DOMAIN S1, S4, §3.7, §3.8): check together with the customer, have the
 * identifiers that institution asks for at hand, call the platform, then the regulator.
 */
import { channelKind } from '../domain/channels';
import type { Channel, IdentifierField, Payment, Refund } from '../domain/types';
import type { Hotline, HotlineId } from './hotlines';
import type { ReminderIdentifier, ReminderText } from './reminder';

/** The platform first, then the regulator: PBOC for payment institutions, NFRA for banks (DOMAIN §3.7). */
export function hotlineIdsFor(channel: Channel): readonly HotlineId[] {
  switch (channel) {
    case 'wechat':
      return ['wechat_pay', 'pboc'];
    case 'alipay':
      return ['alipay', 'pboc'];
    case 'unionpay_qr':
      return ['unionpay', 'pboc'];
    case 'unionpay_debit':
    case 'unionpay_credit':
      return ['unionpay', 'nfra'];
    case 'cash':
    case 'other':
      return [];
  }
}

export function hotlinesFor(channel: Channel, directory: readonly Hotline[]): readonly Hotline[] {
  return hotlineIdsFor(channel).flatMap((id) => directory.filter((entry) => entry.id === id));
}

/** A card refund is traced by reference no. + date, a void by voucher no., a QR refund by transaction no. */
const CARD_FIELDS: readonly IdentifierField[] = ['referenceNo', 'voucherNo', 'cardLast4', 'terminalNo', 'batchNo'];
const VOID_FIELDS: readonly IdentifierField[] = ['voucherNo', 'referenceNo', 'cardLast4', 'terminalNo', 'batchNo'];
const QR_FIELDS: readonly IdentifierField[] = ['transactionNo', 'merchantOrderNo'];

export function identifiersFor(refund: Refund, payment: Payment): readonly ReminderIdentifier[] {
  const kind = channelKind(payment.channel);
  const fields = kind === 'card' ? (refund.type === 'void' ? VOID_FIELDS : CARD_FIELDS) : kind === 'qr' ? QR_FIELDS : ['transactionNo' as const];
  const out: ReminderIdentifier[] = [];
  for (const field of fields) {
    const value = payment.ids[field]?.trim() ?? '';
    if (value !== '') out.push({ field, value });
    // The date belongs right after the reference no.: together they find a card sale (DOMAIN §3.8).
    if (field === 'referenceNo' || (kind !== 'card' && field === fields[0])) out.push({ field: 'paidDate', value: payment.paidAt.slice(0, 10) });
  }
  if (!out.some((entry) => entry.field === 'paidDate')) out.push({ field: 'paidDate', value: payment.paidAt.slice(0, 10) });
  out.push({ field: 'refundNumber', value: refund.number });
  return out;
}

function callSteps(channel: Channel, hotlines: readonly Hotline[]): ReminderText[] {
  const [platform, regulator] = hotlines;
  const kind = channelKind(channel);
  const steps: ReminderText[] = [];
  if (kind === 'card') steps.push({ key: 'steps.callAcquirer' });
  if (platform !== undefined) steps.push({ key: 'steps.callPlatform', params: { hotline: platform.id, number: platform.number } });
  steps.push({ key: 'steps.provideRecords' });
  if (regulator !== undefined) steps.push({ key: 'steps.escalate', params: { hotline: regulator.id, number: regulator.number } });
  return steps;
}

function checkTogether(channel: Channel): ReminderText {
  const kind = channelKind(channel);
  return { key: kind === 'card' ? 'steps.checkCard' : kind === 'qr' ? 'steps.checkQr' : 'steps.checkOther' };
}

/** Not arrived by its latest day (S1): check together, then call, with the records, then escalate. */
export function overdueSteps(channel: Channel, hotlines: readonly Hotline[]): readonly ReminderText[] {
  return [checkTogether(channel), { key: 'steps.haveIdentifiers' }, ...callSteps(channel, hotlines)];
}

export function dueTodaySteps(channel: Channel): readonly ReminderText[] {
  return [{ key: 'steps.confirmToday' }, checkTogether(channel), { key: 'steps.haveIdentifiers' }];
}

export function approvalSteps(): readonly ReminderText[] {
  return [{ key: 'steps.askOwner' }, { key: 'steps.tellCustomerWait' }];
}

export function voidSteps(closesAt: string, terminalNo: string): readonly ReminderText[] {
  return [{ key: 'steps.voidBefore', params: { time: closesAt.slice(11), terminal: terminalNo } }, { key: 'steps.markDone' }];
}

export function voidMissedSteps(): readonly ReminderText[] {
  return [{ key: 'steps.refundInstead' }, { key: 'steps.tellCustomerDays' }];
}

export function stuckSteps(refund: Refund, channel: Channel, hotlines: readonly Hotline[]): readonly ReminderText[] {
  if (refund.status === 'failed') {
    return [{ key: 'steps.findWhy' }, { key: 'steps.retrySame' }, { key: 'steps.haveIdentifiers' }, ...callSteps(channel, hotlines)];
  }
  if (refund.status === 'abnormal') {
    return [{ key: 'steps.confirmReroute' }, checkTogether(channel), { key: 'steps.haveIdentifiers' }, ...callSteps(channel, hotlines)];
  }
  return overdueSteps(channel, hotlines);
}
