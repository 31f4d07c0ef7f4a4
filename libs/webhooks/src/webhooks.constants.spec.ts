import { parseRetryAfter, parseRetrySchedule, webhookBackoffStrategy, WebhookAttemptFailed, webhookJobId } from './webhooks.constants';

describe('webhook retry rules', () => {
  it('reads the retry schedule, first entry being the first attempt', () => {
    expect(parseRetrySchedule('0,5000,300000,1800000,7200000,18000000,36000000,36000000')).toHaveLength(8);
    expect(() => parseRetrySchedule('0,-1')).toThrow();
  });

  it('reads Retry-After as seconds or an HTTP date, capped at 24 h', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('99999999', now)).toBe(24 * 3600 * 1000);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });

  it('takes the delay the delivery decided, whatever BullMQ counts', () => {
    expect(webhookBackoffStrategy(3, 'webhook-schedule', new WebhookAttemptFailed('x', 1234))).toBe(1234);
    expect(webhookBackoffStrategy(3, 'webhook-schedule', new Error('db down'))).toBe(5000);
  });

  it('builds job ids without colons, one per endpoint x event and per redelivery', () => {
    expect(webhookJobId('e', 'w')).toBe('wh-e-w');
    expect(webhookJobId('e', 'w', 2)).toBe('wh-e-w-r2');
    expect(webhookJobId('e', 'w', 2)).not.toContain(':');
  });
});
