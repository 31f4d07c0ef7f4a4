import { ConfigError, loadConfig } from './config.schema';

const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/db', REDIS_URL: 'redis://localhost:6379', ADMIN_TOKEN: 'x'.repeat(24) };

describe('loadConfig', () => {
  it('fills defaults for everything optional', () => {
    const c = loadConfig(base);
    expect(c.PORT).toBe(3000);
    expect(c.MAX_COMMENT_LENGTH).toBe(10_000);
    expect(c.MAX_BODY_BYTES).toBe(65_536);
    expect(c.RUN_MIGRATIONS).toBe(true);
    expect(c.WEBHOOK_ALLOW_PRIVATE_TARGETS).toBe(false);
    expect(c.WORKER_NICE).toBe(0);
  });

  it('accepts a worker nice increment of 0-19 only', () => {
    expect(loadConfig({ ...base, WORKER_NICE: '10' }).WORKER_NICE).toBe(10);
    expect(() => loadConfig({ ...base, WORKER_NICE: '20' })).toThrow(/WORKER_NICE/);
    expect(() => loadConfig({ ...base, WORKER_NICE: '-5' })).toThrow(/WORKER_NICE/);
  });

  it('refuses to start with a message naming every bad variable, never echoing values', () => {
    let err: unknown;
    try {
      loadConfig({ ...base, DATABASE_URL: 'mysql://secret-password@x/db', PORT: 'abc', ADMIN_TOKEN: 'short' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as Error).message;
    expect(msg).toMatch(/DATABASE_URL/);
    expect(msg).toMatch(/PORT/);
    expect(msg).toMatch(/ADMIN_TOKEN/);
    expect(msg).not.toContain('secret-password');
  });

  it('parses booleans the way operators write them', () => {
    expect(loadConfig({ ...base, RUN_MIGRATIONS: 'false', WEBHOOK_ALLOW_HTTP: '1' })).toMatchObject({ RUN_MIGRATIONS: false, WEBHOOK_ALLOW_HTTP: true });
    expect(() => loadConfig({ ...base, RUN_MIGRATIONS: 'maybe' })).toThrow(ConfigError);
  });
});
