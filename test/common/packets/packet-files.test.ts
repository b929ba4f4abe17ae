import { describe, expect, it } from 'vitest';
import { caseChainHead } from '../../../electron/common/cases/case-chain';
import { buildManifest, manifestText } from '../../../electron/common/packets/manifest';
import { chainLines, jsonl, packetCaseEvents, verifyChainLines } from '../../../electron/common/packets/packet-events';
import { redactPacketData } from '../../../electron/common/packets/redact';
import { formatSha256Sums, parseSha256Sums } from '../../../electron/common/packets/sha256sums';
import { VERIFY_COMMANDS, verifyText } from '../../../electron/common/packets/verify-text';
import { isSafeZipPath, originalPath } from '../../../electron/common/packets/zip-names';
import { nodeHasher } from '../../support/node-hasher';
import { CONTACT_PHONE, caseEvents, packetData } from './packet-fixture';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

describe('SHA256SUMS', () => {
  it('is exactly sha256sum format: hash, two spaces, path, newline, sorted', () => {
    const text = formatSha256Sums([
      { path: 'packet.pdf', size: 1, sha256: B },
      { path: 'originals/x.png', size: 1, sha256: A },
      { path: 'VERIFY.txt', size: 1, sha256: A },
    ]);
    expect(text).toBe(`${A}  VERIFY.txt\n${A}  originals/x.png\n${B}  packet.pdf\n`);
    expect(parseSha256Sums(text)).toHaveLength(3);
    expect(() => formatSha256Sums([{ path: 'a\nb', size: 1, sha256: A }])).toThrow();
    expect(() => formatSha256Sums([{ path: 'a', size: 1, sha256: 'XYZ' }])).toThrow();
  });
});

describe('zip names', () => {
  it('never lets a path escape or hide', () => {
    // ASCII only, whatever the file was called: names are display text, kept in the events.
    expect(originalPath(B, 'application/pdf')).toBe(`originals/${B}.pdf`);
    expect(originalPath(A, 'image/png')).toBe(`originals/${A}.png`);
    expect(isSafeZipPath(originalPath(A, 'image/heic'))).toBe(true);
    for (const bad of ['../x', '/etc/passwd', 'C:/x', 'a/../b', 'a\\b', '']) expect(isSafeZipPath(bad)).toBe(false);
  });
});

describe('manifest and VERIFY.txt', () => {
  it('says what the packet is, without a wall-clock time', () => {
    const manifest = buildManifest({
      caseNumber: 'AJ-202611-0001', kind: 'not_arrived', status: 'open', asOf: '2026-11-13T02:10:00.000Z', language: 'zh-CN', redacted: true,
      redactions: [{ path: 'coverLetter', kind: 'text' }], files: [{ path: 'packet.pdf', size: 3, sha256: A }], keyFingerprint: '3F2A', caseHead: B, caseEvents: 4, refundHeads: [],
    });
    const text = manifestText(manifest);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(parsed).toMatchObject({ case: { number: 'AJ-202611-0001' }, language: 'zh-CN', redacted: true, asOf: '2026-11-13T02:10:00.000Z' });
    expect(parsed['redactions']).toEqual([{ path: 'coverLetter', kind: 'text' }]);
    expect(parsed['signature']).toMatchObject({ keyFingerprint: '3F2A', algorithm: 'Ed25519' });
    expect(parsed['chains']).toMatchObject({ case: { head: B, events: 4 } });
    expect(manifestText(manifest)).toBe(text);
  });

  it('gives the commands for Linux, macOS, Windows and the signature, in both languages', () => {
    const text = verifyText({ caseNumber: 'AJ-202611-0001', keyFingerprint: '3F2A 9C01', asOf: '2026-11-13', redacted: true });
    for (const command of Object.values(VERIFY_COMMANDS)) expect(text).toContain(command);
    expect(text).toContain('Get-FileHash');
    expect(text).toContain('certutil -hashfile');
    expect(text).toContain('3F2A 9C01');
    expect(text).toContain('证据包校验说明');
    expect(text).toContain('How to verify');
    expect(text).toContain('\r\n');
  });
});

describe('event files', () => {
  const events = packetCaseEvents(caseEvents(undefined, [{ at: '2026-11-14T00:00:00.000Z', actor: '王店长', kind: 'packet_exported', packet: { manifestSha256: A, language: 'zh-CN', redacted: true, fileName: 'x.zip' } }]));

  it('leave out trailing exports and verify with the chain formula', () => {
    expect(events.every((event) => event.kind !== 'packet_exported')).toBe(true);
    const text = jsonl(chainLines(events, events));
    expect(verifyChainLines(text, nodeHasher)).toEqual({ ok: true, verified: events.length, sealed: 0 });
    expect(JSON.parse(text.split('\n').at(-2) ?? '{}')).toMatchObject({ hash: caseChainHead(events) });
  });

  it('break when a line is removed, changed or swapped', () => {
    const lines = chainLines(events, events);
    expect(verifyChainLines(jsonl(lines.filter((_, index) => index !== 1)), nodeHasher).ok).toBe(false);
    expect(verifyChainLines(jsonl([lines[1] ?? '', lines[0] ?? '', ...lines.slice(2)]), nodeHasher).ok).toBe(false);
    expect(verifyChainLines(jsonl([lines[0] ?? '', (lines[1] ?? '').replace('李四', '王五'), ...lines.slice(2)]), nodeHasher).problem).toContain('line 2');
  });

  it('mark redacted lines, which keep their links so the chain still verifies', () => {
    const data = packetData();
    const redacted = redactPacketData(data).data;
    const lines = chainLines(data.case.events, redacted.case.events);
    const text = jsonl(lines);
    expect(text).not.toContain(CONTACT_PHONE);
    // Only the phone number inside the summary: the acquirer's staff name is kept (redact.ts, INSTITUTIONS).
    expect(JSON.parse(lines[1] ?? '{}')).toMatchObject({ redacted: ['contact.summary'] });
    expect(verifyChainLines(text, nodeHasher)).toMatchObject({ ok: true, sealed: 2 });
    expect(verifyChainLines(jsonl(lines.filter((_, index) => index !== 1)), nodeHasher).ok).toBe(false);
  });

  it('hold several refund chains apart by their refund no.', () => {
    const { refund } = packetData().refunds[0] ?? { refund: undefined };
    if (refund === undefined) throw new Error('fixture');
    const lines = [...chainLines(refund.events, refund.events, { refund: 'TK-1' }), ...chainLines(refund.events, refund.events, { refund: 'TK-2' })];
    expect(verifyChainLines(jsonl(lines), nodeHasher)).toMatchObject({ ok: true, verified: 6 });
  });
});
