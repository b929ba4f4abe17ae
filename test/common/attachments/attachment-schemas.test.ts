import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../../electron/common/attachments/attachment';
import { ARG_SCHEMAS } from '../../../electron/common/ipc/schemas';
import { RED_PNG } from '../../fixtures/evidence-files';

const add = ARG_SCHEMAS['attachment.add'];
const read = ARG_SCHEMAS['attachment.read'];
const valid = { refundId: 'r1', actor: '店长', name: 'a.png', bytes: RED_PNG };

describe('attachment.* argument schemas', () => {
  it('accepts bytes that went through structuredClone, as over IPC', () => {
    const parsed = add.safeParse(structuredClone(valid));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.bytes).toBeInstanceOf(Uint8Array);
  });

  it('refuses bytes as a plain array or base64 text, bytes over the cap, and extra fields', () => {
    expect(add.safeParse({ ...valid, bytes: [...RED_PNG] }).success).toBe(false);
    expect(add.safeParse({ ...valid, bytes: 'iVBORw0KGgo=' }).success).toBe(false);
    expect(add.safeParse({ ...valid, bytes: new Uint8Array(MAX_ATTACHMENT_BYTES + 1) }).success).toBe(false);
    expect(add.safeParse({ ...valid, path: '/etc/passwd' }).success).toBe(false);
  });

  it('takes only a 64-hex-digit hash to read', () => {
    expect(read.safeParse({ refundId: 'r1', sha256: 'a'.repeat(64) }).success).toBe(true);
    for (const sha256 of ['../../settings.json', 'A'.repeat(64), 'a'.repeat(63), `${'a'.repeat(62)}/.`]) {
      expect(read.safeParse({ refundId: 'r1', sha256 }).success).toBe(false);
    }
  });
});
