import { API_KEY_PATTERN, generateApiKey, hashApiKey, sameHash } from './api-key';

describe('site API keys', () => {
  it('look like mk_<prefix>_<secret> and are stored only as a SHA-256 hash', () => {
    const { key, prefix, hash } = generateApiKey();
    const m = API_KEY_PATTERN.exec(key);
    expect(m?.[1]).toBe(prefix);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashApiKey(key));
    expect(key).not.toContain(hash);
  });

  it('are unique', () => {
    const keys = new Set(Array.from({ length: 200 }, () => generateApiKey().key));
    expect(keys.size).toBe(200);
  });

  it('compare hashes in constant time and tell different ones apart', () => {
    const a = hashApiKey('mk_a');
    expect(sameHash(a, a)).toBe(true);
    expect(sameHash(a, hashApiKey('mk_b'))).toBe(false);
    expect(sameHash(a, 'abcd')).toBe(false);
  });
});
