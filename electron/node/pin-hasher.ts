/**
 * PinHasher on Node's scrypt. A PIN has at most a million values, so the hash is slow (N=2^15, r=8, p=1:
 * ~32 MiB and tens of milliseconds per try) and salted with 16 random bytes, so two shops — or two
 * operators with the same PIN — never share a hash. The parameters are written into the stored string,
 * so they can be raised later without breaking old hashes. Comparison is constant-time. PINs are never
 * logged: errors here carry no input.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { PinHasher } from '../common/ports';

export interface ScryptCost {
  /** log2 of scrypt's N. */
  readonly log2N: number;
  readonly r: number;
  readonly p: number;
}

export const DEFAULT_SCRYPT_COST: ScryptCost = Object.freeze({ log2N: 15, r: 8, p: 1 });

const SALT_BYTES = 16;
const KEY_BYTES = 32;
const PREFIX = 'scrypt';

function derive(pin: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const N = 2 ** cost.log2N;
  return new Promise((resolve, reject) => {
    // maxmem must cover 128·N·r bytes, or Node refuses the parameters.
    scrypt(pin.normalize('NFKC'), salt, KEY_BYTES, { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r }, (error, key) => {
      if (error === null) resolve(key);
      else reject(new Error(`scrypt failed: ${error.name}`));
    });
  });
}

interface Parsed {
  readonly cost: ScryptCost;
  readonly salt: Buffer;
  readonly key: Buffer;
}

function parse(stored: string): Parsed | undefined {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== PREFIX) return undefined;
  const [log2N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![log2N, r, p].every((value) => Number.isSafeInteger(value) && value > 0) || log2N > 20) return undefined;
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const key = Buffer.from(parts[5] ?? '', 'base64');
  if (salt.length < SALT_BYTES || key.length !== KEY_BYTES) return undefined;
  return { cost: { log2N, r, p }, salt, key };
}

export function createScryptPinHasher(cost: ScryptCost = DEFAULT_SCRYPT_COST): PinHasher {
  return {
    async hash(pin) {
      const salt = randomBytes(SALT_BYTES);
      const key = await derive(pin, salt, cost);
      return [PREFIX, cost.log2N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
    },
    async verify(pin, stored) {
      const parsed = parse(stored);
      if (parsed === undefined) return false;
      const key = await derive(pin, parsed.salt, parsed.cost);
      return timingSafeEqual(key, parsed.key);
    },
  };
}
