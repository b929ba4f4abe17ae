import { describe, expect, it } from 'vitest';
import { canonicalDataBytes, encodeEnvelope } from '../../../electron/node/storage/envelope';
import { checkStreamed } from '../../../electron/node/storage/streamed-check';

async function* inChunks(bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) {
    await Promise.resolve(); // as a file read would
    yield bytes.subarray(at, at + size);
  }
}

const file = encodeEnvelope({ payments: [{ id: 'p', note: '退款 "quoted" }\n' }], refunds: [] }, 7, new Date('2026-11-20T00:00:00Z'));

describe('checkStreamed', () => {
  it('accepts exactly what canonicalDataBytes accepts, whatever the chunk sizes', async () => {
    const data = canonicalDataBytes(file, /"sha256":"([0-9a-f]{64})"/u.exec(file.toString())?.[1] ?? '');
    expect(data).toBeDefined();
    for (const size of [1, 2, 3, 7, 64, 511, 512, 513, file.length]) {
      const head = await checkStreamed(inChunks(file, size));
      expect(head, `chunks of ${size}`).toMatchObject({ seq: 7, dataLength: data?.length });
    }
  });

  it('refuses a changed byte, a missing tail, another layout and an empty file', async () => {
    const changed = Buffer.from(file.toString('utf8').replace('quoted', 'quotes'), 'utf8');
    const noTail = file.subarray(0, file.length - 1);
    const reformatted = Buffer.from(file.toString('utf8').replace('\n"data":', '\n "data":'), 'utf8');
    for (const [name, bytes] of [['changed', changed], ['no tail', noTail], ['reformatted', reformatted], ['empty', Buffer.alloc(0)]] as const) {
      for (const size of [1, 5, 4096]) expect(await checkStreamed(inChunks(bytes, size)), `${name} / ${size}`).toBeUndefined();
    }
  });
});
