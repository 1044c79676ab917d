// API tokens: a random secret shown once when made; the ledger keeps only its sha256. A presented token is
// hashed and compared with every active token's hash in constant time, so neither the comparison nor an
// early exit tells an attacker how close a guess was.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ApiToken, Store } from '../store/types.js';

const PREFIX = 'sitrep_';

/** A new secret: 32 random bytes, base64url, with a prefix that makes a leaked token easy to recognise. */
export const newTokenSecret = (): string => PREFIX + randomBytes(32).toString('base64url');

export const hashToken = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

/** The secret of an `Authorization: Bearer …` header, or null when the header is missing or another scheme. */
export function bearerSecret(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer[ \t]+([A-Za-z0-9._~+/=-]{1,512})[ \t]*$/i.exec(header);
  return m ? m[1] : null;
}

/** Whether two hex sha256 digests are equal, in time independent of where they differ. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === 32 && y.length === 32 && timingSafeEqual(x, y);
}

/** The active token a secret belongs to, or null. Every active token is compared, match or not. */
export async function tokenFor(store: Store, secret: string): Promise<ApiToken | null> {
  const hash = hashToken(secret);
  let found: ApiToken | null = null;
  for (const token of await store.listTokens()) {
    if (token.revokedAt !== null) continue;
    if (sameHash(hash, token.hash) && found === null) found = token;
  }
  return found;
}
