/**
 * ReceiptInput → ReceiptModel: every word of the receipt in the chosen language(s), nothing else. Layout and
 * escaping are receipt-html.ts's job, so text stays exactly as recorded here (a name like `<img …>` included);
 * only the phone is masked (PIPL: the paper leaves the shop) and the card is only ever its last four digits.
 */
import { formatLocalMinute } from '../domain/local-time';
import { fen } from '../domain/money';
import type { Refund } from '../domain/types';
import { capitalAmount } from './capital-amount';
import { maskCard, maskPhone } from './mask';
import type { ReceiptAmountLine, ReceiptHeadings, ReceiptInput, ReceiptLine, ReceiptModel } from './receipt';
import { arrivalSentences, ifNotArrivedSentences, phrasesOf } from './receipt-arrival-text';
import { identifierLines, quoteLabels } from './receipt-identifiers';
import { label as labelIn, ZH_CN } from './receipt-labels';
import type { ReceiptWords } from './receipt-labels';
import { qrPayload, shortHash } from './receipt-proof';

/** Only raster images in base64: no SVG (it can script), no external address. */
const LOGO = /^data:image\/(?:png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/u;

function present(text: string | undefined): string | undefined {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
}

/** `2026-11-20T10:00:00.000Z` → local `2026-11-20 18:00`, like the slip's own times. */
function localMinute(iso: string): string {
  return formatLocalMinute(new Date(iso)).replace('T', ' ');
}

function destinationText(refund: Refund, words: ReceiptWords): string | undefined {
  const destination = refund.counter?.destination;
  if (destination === undefined || destination.kind === 'original') return undefined;
  const detail = destination.kind === 'card' ? maskCard(destination.detail) : present(destination.detail);
  return [words.destinations[destination.kind], detail].filter((part) => part !== undefined).join(' ');
}

export function buildReceiptModel(input: ReceiptInput): ReceiptModel {
  const { refund, payment, language } = input;
  const label = (pick: (words: ReceiptWords) => string) => labelIn(language, pick);
  const line = (pick: (words: ReceiptWords) => string, value: string, extra: Partial<ReceiptLine> = {}): ReceiptLine => ({
    label: label(pick),
    value,
    ...extra,
  });

  const approver = present(input.approver);
  const customer = present(refund.customerName);
  const phone = maskPhone(refund.customerPhone);
  const note = present(refund.note);
  const reroutedTo = present(refund.reroutedTo);
  const hasDestination = refund.counter?.destination !== undefined && refund.counter.destination.kind !== 'original';
  const refundLines: ReceiptLine[] = [
    line((w) => w.refund.number, refund.number, { mono: true }),
    line((w) => w.refund.date, localMinute(refund.createdAt), { mono: true }),
    line((w) => w.refund.type, label((w) => w.refundTypes[refund.type])),
    line((w) => w.refund.status, label((w) => w.statuses[refund.status])),
    ...(hasDestination ? [line((w) => w.refund.destination, label((w) => destinationText(refund, w) ?? ''))] : []),
    ...(reroutedTo === undefined ? [] : [line((w) => w.refund.reroutedTo, reroutedTo, { block: true })]),
    line((w) => w.refund.operator, refund.operator),
    ...(approver === undefined ? [] : [line((w) => w.refund.approver, approver)]),
    ...(customer === undefined ? [] : [line((w) => w.refund.customer, customer)]),
    ...(phone === '' ? [] : [line((w) => w.refund.customerPhone, phone, { mono: true })]),
    ...(note === undefined ? [] : [line((w) => w.refund.note, note, { block: true })]),
  ];

  const paymentLines: ReceiptLine[] = [
    line((w) => w.payment.channel, label((w) => w.channels[payment.channel])),
    line((w) => w.payment.paidAt, payment.paidAt.replace('T', ' '), { mono: true }),
    ...identifierLines(payment, label),
  ];

  const amounts: ReceiptAmountLine[] = [
    { label: label((w) => w.amounts.original), amount: payment.amount },
    { label: label((w) => w.amounts.refund), amount: refund.amount },
    ...refund.deductions.map((deduction) => {
      const reason = present(deduction.reason);
      return {
        label: label((w) => w.amounts.deduction(w.deductionKinds[deduction.kind])),
        amount: fen(0 - deduction.amount),
        ...(reason === undefined ? {} : { note: reason }),
      };
    }),
  ];

  const shopPhone = present(input.shop.phone);
  const address = present(input.shop.address);
  const shop = [
    input.shop.name.trim(),
    ...(address === undefined ? [] : [address]),
    ...(shopPhone === undefined ? [] : [`${label((w) => w.shopPhone)} ${shopPhone}`]),
  ];

  // Cash is handed over at the counter: there is nothing to chase, so no "if it does not arrive".
  const nothingToWaitFor = refund.type === 'cash_refund' || payment.channel === 'cash';
  const phrases = phrasesOf(language);
  const hotlines = nothingToWaitFor
    ? []
    : input.hotlines.map((hotline): ReceiptLine => ({ label: label((w) => w.hotlines[hotline.id]), value: hotline.number, mono: true }));
  const quote = quoteLabels(payment, refund.type);
  const ifNotArrived = nothingToWaitFor
    ? []
    : phrases.flatMap((book) =>
        ifNotArrivedSentences(book, {
          channel: payment.channel,
          quote,
          ...(shopPhone === undefined ? {} : { shopPhone }),
          hasHotlines: hotlines.length > 0,
        }),
      );

  // What the customer was shown at the counter wins over today's setting (it is covered by the facts hash).
  const policyText = present(refund.counter?.policyText) ?? present(input.policyText);
  const logo = input.logoDataUrl !== undefined && LOGO.test(input.logoDataUrl) ? input.logoDataUrl : undefined;

  const headings: ReceiptHeadings = {
    refund: label((w) => w.headings.refund),
    payment: label((w) => w.headings.payment),
    amounts: label((w) => w.headings.amounts),
    arrival: label((w) => w.headings.arrival),
    ifNotArrived: label((w) => w.headings.ifNotArrived),
    hotlines: label((w) => w.headings.hotlines),
    policy: label((w) => w.headings.policy),
    proof: label((w) => w.headings.proof),
  };

  return {
    language,
    paper: input.paper,
    title: label((w) => w.title),
    // The Chinese marker already says REPRINT: in 'both' it is printed once, not twice.
    ...(input.copy >= 2 ? { reprint: language === 'both' ? ZH_CN.reprint(input.copy) : label((w) => w.reprint(input.copy)) } : {}),
    shop,
    ...(logo === undefined ? {} : { logo }),
    headings,
    refundLines,
    paymentLines,
    amounts,
    net: { label: label((w) => w.amounts.net), amount: refund.net },
    netCapital: `人民币 ${capitalAmount(refund.net)}`,
    netCapitalLabel: label((w) => w.amounts.capital),
    arrival: phrases.flatMap((book) => arrivalSentences(book, input.arrival)),
    ifNotArrived,
    hotlines,
    ...(policyText === undefined ? {} : { policy: policyText.split(/\r\n|\r|\n/u).map((text) => text.trimEnd()) }),
    signatures: [label((w) => w.signatures.customer), label((w) => w.signatures.operator)],
    proof: {
      lines: [
        line((w) => w.proof.shortHash, shortHash(input.chainHead), { mono: true }),
        line((w) => w.proof.keyFingerprint, input.keyFingerprint.trim(), { mono: true }),
      ],
      qrPayload: qrPayload(refund.number, input.chainHead, input.keyFingerprint, input.copy),
    },
    footer: `${label((w) => w.footer.generatedBy)} · ${label((w) => w.footer.printedAt)} ${input.printedAt}`,
  };
}
