/** The real Clock, Hasher and IdGenerator: thin wrappers over Node so the pure layer stays pure. */
import { createHash, randomUUID } from 'node:crypto';
import type { Clock, Hasher, IdGenerator } from '../common/ports';

export const systemClock: Clock = { now: () => new Date() };

export const nodeHasher: Hasher = {
  sha256Hex: (text) => createHash('sha256').update(text, 'utf8').digest('hex'),
};

export const randomIds: IdGenerator = { newId: () => randomUUID() };
