/**
 * The receipt's "when will my money arrive" and "what if it does not" sentences, for the customer rather than
 * the clerk: no source classes, no settings paths. The window comes from ExpectedArrival (calendar/), so the
 * paper says what the app's list says: "预计 11月25日–11月27日 到账（3–5 个工作日）". Where no rule exists
 * the receipt says so and points to the card's bank; it never invents a number (DOMAIN §3.2).
 */
import type { ArrivalWindow } from '../calendar/arrival-windows';
import type { ArrivalBasisRow, ExpectedArrival } from '../calendar/expected-arrival';
import { formatLocalMinute } from '../domain/local-time';
import type { Channel } from '../domain/types';
import { EN, ZH_CN } from './receipt-labels';
import type { ReceiptWords } from './receipt-labels';

interface ArrivalPhrases {
  readonly words: ReceiptWords;
  readonly window: (window: ArrivalWindow) => string;
  readonly routeWindow: (route: string, window: string) => string;
  readonly noRule: string;
  readonly separator: string;
  readonly byDate: (range: string, basis: string) => string;
  readonly byMoment: (moment: string, basis: string) => string;
  readonly immediate: string;
  readonly cash: string;
  readonly unknown: (parts: string) => string;
  readonly fromNow: string;
  readonly beyondCoverage: string;
  readonly check: (channel: Channel) => string;
  readonly quote: (items: string) => string;
  readonly contactShop: (phone: string | undefined, withHotlines: boolean) => string;
}

const ZH_PHRASES: ArrivalPhrases = {
  words: ZH_CN,
  window: ({ unit, min, max }) => {
    if (unit === 'working_days') return min === max ? `${min} 个工作日` : `${min}–${max} 个工作日`;
    if (max === 0) return '即时';
    return min === 0 ? `约 ${max} 分钟内` : `${min}–${max} 分钟`;
  },
  routeWindow: (route, window) => `${route} ${window}`,
  noRule: '没有固定时间',
  separator: '；',
  byDate: (range, basis) => `预计 ${range} 到账（${basis}）`,
  byMoment: (moment, basis) => `预计 ${moment} 前到账（${basis}）`,
  immediate: '即时到账。',
  cash: '现金已当面退还，无需等待到账。',
  unknown: (parts) => (parts === '' ? '到账时间以发卡银行或支付平台为准，没有固定规则。' : `到账时间以发卡银行或支付平台为准：${parts}。`),
  fromNow: '尚未在收款终端或平台办理完成，按现在办理估算，以实际办理时间为准。',
  beyondCoverage: '下一年的节假日安排尚未公布，按周一至周五估算，可能略有出入。',
  check: (channel) => {
    switch (channel) {
      case 'unionpay_debit':
      case 'unionpay_credit':
        return '请先查看银行卡账单或手机银行，或向发卡行查询。';
      case 'wechat':
        return '请先在微信账单里查看退款进度；用银行卡支付的，也可向发卡行查询。';
      case 'alipay':
        return '请先在支付宝账单里查看退款进度；用银行卡支付的，也可向发卡行查询。';
      case 'unionpay_qr':
        return '请先在云闪付 App 账单里查看退款进度，或向发卡行查询。';
      case 'cash':
      case 'other':
        return '请先与本店联系核实。';
    }
  },
  quote: (items) => `查询时请提供：${items}。`,
  contactShop: (phone, withHotlines) =>
    `仍未到账请联系本店${phone === undefined ? '' : `（${phone}）`}${withHotlines ? '，也可拨打下列电话。' : '。'}`,
};

const EN_PHRASES: ArrivalPhrases = {
  words: EN,
  window: ({ unit, min, max }) => {
    if (unit === 'working_days') {
      if (min !== max) return `${min}–${max} working days`;
      return min === 1 ? '1 working day' : `${min} working days`;
    }
    if (max === 0) return 'immediately';
    return min === 0 ? `within about ${max} minutes` : `${min}–${max} minutes`;
  },
  routeWindow: (route, window) => `${route}: ${window}`,
  noRule: 'no fixed time',
  separator: '; ',
  byDate: (range, basis) => `Expected ${range} (${basis})`,
  byMoment: (moment, basis) => `Expected by ${moment} (${basis})`,
  immediate: 'Arrives immediately.',
  cash: 'Cash handed back at the counter; nothing to wait for.',
  unknown: (parts) =>
    parts === '' ? "The card's bank or the payment platform decides when it arrives; there is no fixed rule." : `The card's bank or the payment platform decides when it arrives: ${parts}.`,
  fromNow: 'Not yet processed on the terminal or platform: estimated as if processed now.',
  beyondCoverage: "Next year's public holidays are not yet published: counted Monday to Friday, may differ slightly.",
  check: (channel) => {
    switch (channel) {
      case 'unionpay_debit':
      case 'unionpay_credit':
        return "First check the card statement or mobile banking, or ask the card's bank.";
      case 'wechat':
        return "First check the refund in WeChat's bills; if you paid by bank card, you can also ask the card's bank.";
      case 'alipay':
        return "First check the refund in Alipay's bills; if you paid by bank card, you can also ask the card's bank.";
      case 'unionpay_qr':
        return "First check the refund in the QuickPass app's bills, or ask the card's bank.";
      case 'cash':
      case 'other':
        return 'First check with the shop.';
    }
  },
  // A list ending in an abbreviation ("Refund no.") keeps its own full stop.
  quote: (items) => `When you ask, quote: ${items}${items.endsWith('.') ? '' : '.'}`,
  contactShop: (phone, withHotlines) =>
    `If it still has not arrived, contact the shop${phone === undefined ? '' : ` (${phone})`}${withHotlines ? ', or call the numbers below.' : '.'}`,
};

/** The phrase books a language uses, Chinese first (same order as receipt-labels `wordsOf`). */
export function phrasesOf(language: 'zh-CN' | 'en' | 'both'): readonly ArrivalPhrases[] {
  if (language === 'zh-CN') return [ZH_PHRASES];
  if (language === 'en') return [EN_PHRASES];
  return [ZH_PHRASES, EN_PHRASES];
}

function rowsText(phrases: ArrivalPhrases, rows: readonly ArrivalBasisRow[]): string {
  const named = rows.length > 1;
  return rows
    .map((row) => {
      const window = row.window === undefined ? phrases.noRule : phrases.window(row.window);
      return named ? phrases.routeWindow(phrases.words.routes[row.route], window) : window;
    })
    .join(phrases.separator);
}

/** An ISO instant as the local `11月25日 14:05` / `25 Nov 14:05` (the machine's zone, like every slip time). */
function moment(phrases: ArrivalPhrases, iso: string): string {
  const local = formatLocalMinute(new Date(iso));
  return `${phrases.words.day(local.slice(0, 10))} ${local.slice(11)}`;
}

/** The arrival sentences in one language. */
export function arrivalSentences(phrases: ArrivalPhrases, arrival: ExpectedArrival): readonly string[] {
  const { rows, from } = arrival.basis;
  const out: string[] = [];
  if (arrival.unknown === true) {
    // Only the routes that do have a window are worth listing; "no fixed rule" alone needs no list.
    out.push(phrases.unknown(rows.some((row) => row.window !== undefined) ? rowsText(phrases, rows) : ''));
  } else if (rows.length > 0 && rows.every((row) => row.route === 'cash')) {
    return [phrases.cash];
  } else if (arrival.precision === 'instant' && rows.every((row) => row.window?.max === 0)) {
    out.push(phrases.immediate);
  } else if (arrival.precision === 'instant') {
    out.push(phrases.byMoment(moment(phrases, arrival.latest), rowsText(phrases, rows)));
  } else {
    const first = phrases.words.day(arrival.earliest);
    const last = phrases.words.day(arrival.latest);
    out.push(phrases.byDate(first === last ? first : `${first}–${last}`, rowsText(phrases, rows)));
  }
  if (from === 'now') out.push(phrases.fromNow);
  if (arrival.beyondCoverage) out.push(phrases.beyondCoverage);
  return out;
}

export interface IfNotArrivedFacts {
  readonly channel: Channel;
  /** Labels of what to quote, already in this language (receipt-model picks them per channel and type). */
  readonly quote: (words: ReceiptWords) => readonly string[];
  readonly shopPhone?: string;
  readonly hasHotlines: boolean;
}

/** What to do if the money does not come: check, quote these numbers, then the shop, then the hotlines. */
export function ifNotArrivedSentences(phrases: ArrivalPhrases, facts: IfNotArrivedFacts): readonly string[] {
  const items = facts.quote(phrases.words);
  return [
    phrases.check(facts.channel),
    ...(items.length === 0 ? [] : [phrases.quote(phrases.words.list(items))]),
    // No-break spaces: a phone number split across two lines of a 58 mm roll is easy to misdial.
    phrases.contactShop(facts.shopPhone?.replace(/ /gu, '\u00a0'), facts.hasHotlines),
  ];
}
