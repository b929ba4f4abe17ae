import { describe, expect, it } from 'vitest';
import { createScryptPinHasher, DEFAULT_SCRYPT_COST } from '../../electron/node/pin-hasher';

// A cheaper cost keeps the suite fast; one test runs the real cost once.
const hasher = createScryptPinHasher({ log2N: 10, r: 8, p: 1 });

describe('scrypt PinHasher', () => {
  it('is salted: the same PIN twice gives two different hashes, both of which verify', async () => {
    const a = await hasher.hash('1234');
    const b = await hasher.hash('1234');
    expect(a).not.toBe(b);
    expect(await hasher.verify('1234', a)).toBe(true);
    expect(await hasher.verify('1234', b)).toBe(true);
  });

  it('refuses a wrong PIN and never contains the PIN', async () => {
    const stored = await hasher.hash('246810');
    expect(await hasher.verify('246811', stored)).toBe(false);
    expect(await hasher.verify('', stored)).toBe(false);
    expect(stored).not.toContain('246810');
  });

  it('records its parameters and a 16-byte salt, so the cost can be raised later', async () => {
    const stored = await hasher.hash('0000');
    const [name, log2N, r, p, salt, key] = stored.split('$');
    expect([name, log2N, r, p]).toEqual(['scrypt', '10', '8', '1']);
    expect(Buffer.from(salt ?? '', 'base64')).toHaveLength(16);
    expect(Buffer.from(key ?? '', 'base64')).toHaveLength(32);
    // A hash made with other parameters still verifies with a hasher set to new ones.
    expect(await createScryptPinHasher({ log2N: 11, r: 8, p: 1 }).verify('0000', stored)).toBe(true);
  });

  it('treats a damaged stored hash as "wrong", not as an error', async () => {
    expect(await hasher.verify('1234', 'plain-1234')).toBe(false);
    expect(await hasher.verify('1234', 'scrypt$99$8$1$AAAA$BBBB')).toBe(false);
  });

  it('uses the real cost by default (N = 2^15)', async () => {
    expect(DEFAULT_SCRYPT_COST).toEqual({ log2N: 15, r: 8, p: 1 });
    const real = createScryptPinHasher();
    const stored = await real.hash('4321');
    expect(stored.startsWith('scrypt$15$8$1$')).toBe(true);
    expect(await real.verify('4321', stored)).toBe(true);
  });
});
