/** The test Hasher: node:crypto's SHA-256, the same algorithm the app's adapter uses. */
import { createHash } from 'node:crypto';
import type { Hasher } from '../../electron/common/ports';

export const nodeHasher: Hasher = {
  sha256Hex: (text) => createHash('sha256').update(text, 'utf8').digest('hex'),
};
