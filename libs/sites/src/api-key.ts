import { hash, randomBytes, timingSafeEqual } from 'node:crypto';

// Site API keys look like `mk_<prefix>_<secret>`: the prefix finds the row and is shown in
// listings; only the SHA-256 of the whole key is stored (256 random bits need no slow hash).

export const API_KEY_PATTERN = /^mk_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const prefix = randomBytes(9).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, 'x').slice(0, 12);
  const key = `mk_${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  // One-shot hash: a createHash object per request cost twice as much (intake hashes every key it sees).
  return hash('sha256', key, 'hex');
}

/** Constant-time comparison of two hex digests. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}
