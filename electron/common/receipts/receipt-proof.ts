/**
 * The receipt as an anchor (RELIABILITY §5): the refund's chain head at printing time, on paper the shop does
 * not control. People compare the short form; the QR code carries the whole head so a scanner can check it
 * against the ledger or an evidence packet.
 */

/** `a1b2c3d4e5f6…` → `a1b2 c3d4 e5f6`: the first 12 hex digits in groups of four, easy to read out. */
export function shortHash(chainHead: string): string {
  const hex = chainHead.trim().toLowerCase().slice(0, 12);
  return (hex.match(/.{1,4}/gu) ?? []).join(' ');
}

/**
 * `RD1|<refund no.>|<full chain head>|<key fingerprint without spaces>|<copy>`. `RD1` versions the format;
 * `|` never occurs in a refund number, a hex hash or a fingerprint, so the fields split unambiguously.
 */
export function qrPayload(refundNumber: string, chainHead: string, keyFingerprint: string, copy: number): string {
  return ['RD1', refundNumber.trim(), chainHead.trim().toLowerCase(), keyFingerprint.replace(/\s+/gu, ''), String(copy)].join('|');
}
