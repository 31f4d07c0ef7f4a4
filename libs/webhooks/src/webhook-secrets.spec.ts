import { Webhook } from 'standardwebhooks';
import { generateWebhookSecret, SecretBox, secretsKeyFrom, signWebhook } from './webhook-secrets';

describe('webhook secrets', () => {
  it('signs exactly as the standardwebhooks library verifies', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    const body = JSON.stringify({ type: 'comment.approved', data: { id: 'x' } });
    const ts = Math.floor(Date.now() / 1000);
    const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(ts), 'webhook-signature': signWebhook(secret, 'msg_1', ts, body) };
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(secret).verify(body.replace('approved', 'rejected'), headers)).toThrow();
    expect(() => new Webhook(generateWebhookSecret()).verify(body, headers)).toThrow();
  });

  it('encrypts secrets at rest and detects tampering', () => {
    const box = new SecretBox(secretsKeyFrom({ ADMIN_TOKEN: 'dev-admin-token-0123456789' }));
    const sealed = box.seal('whsec_abc');
    expect(sealed).not.toContain('abc');
    expect(box.open(sealed)).toBe('whsec_abc');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('whsec_abd').toString('base64url');
    expect(() => box.open(parts.join('.'))).toThrow();
    expect(() => new SecretBox(secretsKeyFrom({ ADMIN_TOKEN: 'another-admin-token-0123' })).open(sealed)).toThrow();
  });

  it('takes SECRETS_KEY as hex or base64 of 32 bytes and refuses anything else', () => {
    expect(secretsKeyFrom({ ADMIN_TOKEN: 'x', SECRETS_KEY: 'ab'.repeat(32) })).toHaveLength(32);
    expect(secretsKeyFrom({ ADMIN_TOKEN: 'x', SECRETS_KEY: Buffer.alloc(32, 7).toString('base64') })).toHaveLength(32);
    expect(() => secretsKeyFrom({ ADMIN_TOKEN: 'x', SECRETS_KEY: 'too-short-but-over-32-characters-long!' })).toThrow(/32 bytes/);
  });
});
