/**
 * ReceiptModel → one self-contained HTML5 document for the print window (RELIABILITY §3): a CSP that allows
 * only inline style, data: images and data: fonts (the print font the engine adds), no script element or
 * attribute, no URL anywhere, every text through escapeHtml. Stable class names mark each part; the end-to-end
 * test reads the PDF's text, not the DOM.
 */
import { fen, formatYuan } from '../domain/money';
import type { Fen } from '../domain/money';
import { escapeHtml } from './escape-html';
import { qrSvg } from './qr-svg';
import type { ReceiptAmountLine, ReceiptLine, ReceiptModel } from './receipt';
import { receiptCss } from './receipt-css';

export const RECEIPT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

/** `¥1,234.56`; deductions `-¥12.90`. */
function money(amount: Fen): string {
  const sign = amount < 0 ? '-' : '';
  return `${sign}¥${formatYuan(fen(Math.abs(amount)))}`;
}

function div(className: string, text: string): string {
  return `<div class="${className}">${escapeHtml(text)}</div>`;
}

function row(line: ReceiptLine): string {
  const classes = ['row', line.mono === true ? 'mono' : '', line.block === true ? 'block' : ''].filter((name) => name !== '').join(' ');
  return `<div class="${classes}"><span class="label">${escapeHtml(line.label)}</span><span class="value">${escapeHtml(line.value)}</span></div>`;
}

function section(className: string, heading: string, body: string): string {
  return `<section class="section ${className}"><h2 class="heading">${escapeHtml(heading)}</h2>${body}</section>`;
}

function lines(rows: readonly ReceiptLine[]): string {
  return `<div class="lines">${rows.map(row).join('')}</div>`;
}

function amountRow(line: ReceiptAmountLine, className: string): string {
  const note = line.note === undefined ? '' : div('amount-note', line.note);
  return `<div class="row mono ${className}"><span class="label">${escapeHtml(line.label)}</span><span class="value">${escapeHtml(money(line.amount))}</span></div>${note}`;
}

function head(model: ReceiptModel): string {
  const [name = '', ...details] = model.shop;
  // The logo was checked against a data:image pattern in the model; escaping keeps the attribute closed anyway.
  const logo = model.logo === undefined ? '' : `<img class="logo" alt="" src="${escapeHtml(model.logo)}">`;
  const reprint = model.reprint === undefined ? '' : div('reprint', model.reprint);
  return `<header class="head">${logo}${div('shop-name', name)}${details.map((text) => div('shop-line', text)).join('')}<h1 class="title">${escapeHtml(model.title)}</h1>${reprint}</header>`;
}

function amounts(model: ReceiptModel): string {
  const body =
    model.amounts.map((line) => amountRow(line, 'amount')).join('') +
    amountRow(model.net, 'net') +
    `<div class="row capital"><span class="label">${escapeHtml(model.netCapitalLabel)}</span><span class="value">${escapeHtml(model.netCapital)}</span></div>`;
  return section('amounts', model.headings.amounts, body);
}

function paragraphs(texts: readonly string[], className: string): string {
  return texts.map((text) => `<p class="${className}">${escapeHtml(text)}</p>`).join('');
}

function ifNotArrived(model: ReceiptModel): string {
  if (model.ifNotArrived.length === 0 && model.hotlines.length === 0) return '';
  const hotlines = model.hotlines.length === 0 ? '' : `<div class="hotlines">${div('subheading', model.headings.hotlines)}${lines(model.hotlines)}</div>`;
  return section('if-not-arrived', model.headings.ifNotArrived, paragraphs(model.ifNotArrived, 'sentence') + hotlines);
}

function signatures(model: ReceiptModel): string {
  const body = model.signatures.map((text) => `<div class="signature"><div class="sign-line"></div>${div('sign-label', text)}</div>`).join('');
  return `<section class="section signatures">${body}</section>`;
}

function proof(model: ReceiptModel): string {
  const text = `<div class="proof-text"><h2 class="heading">${escapeHtml(model.headings.proof)}</h2>${lines(model.proof.lines)}</div>`;
  return `<section class="section proof">${text}<div class="qr-box">${qrSvg(model.proof.qrPayload)}</div></section>`;
}

export function renderReceiptHtml(model: ReceiptModel): string {
  const lang = model.language === 'en' ? 'en' : 'zh-CN';
  const layout = model.paper.size === 'thermal58' || model.paper.size === 'thermal80' ? 'thermal' : 'sheet';
  const number = model.refundLines[0]?.value ?? '';
  const body = [
    head(model),
    section('refund', model.headings.refund, lines(model.refundLines)),
    section('payment', model.headings.payment, lines(model.paymentLines)),
    amounts(model),
    section('arrival', model.headings.arrival, paragraphs(model.arrival, 'sentence')),
    ifNotArrived(model),
    model.policy === undefined ? '' : section('policy', model.headings.policy, paragraphs(model.policy, 'policy-line')),
    signatures(model),
    proof(model),
    `<footer class="footer">${escapeHtml(model.footer)}</footer>`,
  ].join('');
  return (
    '<!DOCTYPE html>' +
    `<html lang="${lang}"><head><meta charset="utf-8">` +
    // The policy is our constant (no quotes to break out of), written literally so it reads as specified.
    `<meta http-equiv="Content-Security-Policy" content="${RECEIPT_CSP}">` +
    `<title>${escapeHtml(`${model.title} ${number}`.trim())}</title>` +
    `<style>${receiptCss(model.paper)}</style></head>` +
    `<body class="${layout} paper-${model.paper.size}"><main class="receipt">${body}</main></body></html>\n`
  );
}
