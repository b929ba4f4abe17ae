/**
 * `events.jsonl` (the case's chain) and `refund-events.jsonl` (each linked refund's chain): one canonical JSON
 * event per line, exactly as hashed, so anyone can recompute `hash = SHA-256(canonicalJson(event without hash)
 * + prevHash)` (domain/hash-chain.ts) and see that `prevHash` links each line to the one before.
 *
 * Redaction vs the chain: a hash covers the text, so a masked field cannot be re-hashed. Most personal data is
 * outside the events by design (a refund's customer name and phone are not in its events or its facts hash,
 * refund-facts.ts), so those events are exported verbatim and verify in full. An event that does carry
 * personal text (a contact's name, a misdirect recipient, a phone number in a note) is exported masked, with
 * `"redacted": [field paths]`: its own hash cannot be recomputed, but its `hash` and `prevHash` are the
 * original ones, so the links before and after it still verify and no event can be removed or reordered
 * unnoticed. An unredacted export (the switch) verifies every line in full.
 *
 * An event whose text was erased at the customer's request (domain/erased-events.ts) is exported as stored, with
 * `"erased": true` and `"redacted": ["erased", …]`: it links like a masked line, and the later
 * `personal_data_erased` event (whose own hash verifies) lists its seq in `erasedSeqs`.
 *
 * Extra keys on a line, left out of the hash: `redacted`, `erased`, and `refund` (the refund no.) in
 * refund-events.jsonl.
 */
import type { CaseEvent } from '../cases/case';
import { canonicalJson } from '../domain/canonical-json';
import { GENESIS_HASH } from '../domain/hash-chain';
import type { Hasher } from '../ports';

/** Both chains share these fields; the rest is the event's own content. */
export interface ChainedEvent {
  readonly seq: number;
  readonly at: string;
  readonly kind: string;
  readonly prevHash: string;
  readonly hash: string;
  readonly erased?: true;
}

/** Keys a packet adds to a line; never part of an event's hash. */
const LINE_ONLY_KEYS = ['redacted', 'erased', 'refund'] as const;

/**
 * The case's events as a packet shows them: trailing `packet_exported` events are left out, so exporting an
 * unchanged case again gives the same files (and the same SHA256SUMS). An export in the middle of later
 * events stays: removing it would break the chain.
 */
export function packetCaseEvents(events: readonly CaseEvent[]): readonly CaseEvent[] {
  let end = events.length;
  while (end > 0 && events[end - 1]?.kind === 'packet_exported') end -= 1;
  return events.slice(0, end);
}

/** Leaf paths (`contact.who`) where two JSON values differ; used to say which fields a line had masked. */
export function changedPaths(before: unknown, after: unknown, prefix = ''): string[] {
  if (typeof before !== 'object' || before === null || typeof after !== 'object' || after === null) {
    return canonicalJson(before ?? null) === canonicalJson(after ?? null) ? [] : [prefix];
  }
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.flatMap((key) => changedPaths(a[key], b[key], prefix === '' ? key : `${prefix}.${key}`));
}

/**
 * The lines of one chain. `shown[i]` is `original[i]` after redaction (the same object when nothing was
 * masked); `tag` adds line-only keys (the refund no.).
 */
export function chainLines(original: readonly ChainedEvent[], shown: readonly ChainedEvent[], tag: Readonly<Record<string, string>> = {}): string[] {
  return shown.map((event, index) => {
    const changed = changedPaths(original[index], event);
    const masked = event.erased === true ? ['erased', ...changed] : changed;
    const line = { ...event, ...tag, ...(masked.length === 0 ? {} : { redacted: masked }) };
    return canonicalJson(line);
  });
}

export function jsonl(lines: readonly string[]): string {
  return lines.map((line) => `${line}\n`).join('');
}

export interface ChainCheck {
  readonly ok: boolean;
  /** Lines whose own hash was recomputed and matched. */
  readonly verified: number;
  /** Redacted lines: linked, but their own hash cannot be recomputed. */
  readonly sealed: number;
  /** The first problem, for people: `line 3: prevHash does not match line 2`. */
  readonly problem?: string;
}

function withoutLineKeys(line: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...line };
  for (const key of LINE_ONLY_KEYS) Reflect.deleteProperty(copy, key);
  Reflect.deleteProperty(copy, 'hash');
  return copy;
}

/**
 * Checks a JSONL file of one or more chains (grouped by the `refund` key, or one chain without it): seq runs
 * 1..n per chain, each prevHash is the previous hash, and each unredacted line's hash is recomputed.
 */
export function verifyChainLines(text: string, hasher: Hasher): ChainCheck {
  const heads = new Map<string, { seq: number; hash: string }>();
  let verified = 0;
  let sealed = 0;
  const lines = text.split('\n').filter((line) => line !== '');
  for (const [index, raw] of lines.entries()) {
    const where = `line ${String(index + 1)}`;
    let line: Record<string, unknown>;
    try {
      line = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return { ok: false, verified, sealed, problem: `${where}: not JSON` };
    }
    const chain = typeof line['refund'] === 'string' ? line['refund'] : '';
    const head = heads.get(chain) ?? { seq: 0, hash: GENESIS_HASH };
    if (line['seq'] !== head.seq + 1) return { ok: false, verified, sealed, problem: `${where}: seq ${String(line['seq'])} after ${String(head.seq)}` };
    if (line['prevHash'] !== head.hash) return { ok: false, verified, sealed, problem: `${where}: prevHash does not match the previous event` };
    if (typeof line['hash'] !== 'string' || typeof line['prevHash'] !== 'string') return { ok: false, verified, sealed, problem: `${where}: no hash` };
    if (Array.isArray(line['redacted'])) {
      sealed += 1;
    } else {
      const expected = hasher.sha256Hex(canonicalJson(withoutLineKeys(line)) + line['prevHash']);
      if (expected !== line['hash']) return { ok: false, verified, sealed, problem: `${where}: hash does not match its content` };
      verified += 1;
    }
    heads.set(chain, { seq: head.seq + 1, hash: line['hash'] });
  }
  return { ok: true, verified, sealed };
}
