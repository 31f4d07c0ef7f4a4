import { z } from 'zod';

// Every environment variable the service reads, validated once at boot. Nothing else in the
// code base reads process.env (the embedded launcher fills DATABASE_URL / REDIS_URL before this runs).

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: int(0, 65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().refine((u) => /^postgres(ql)?:\/\//.test(u), 'must be a postgres:// URL'),
  DATABASE_POOL_SIZE: int(1, 200).default(10),
  REDIS_URL: z.string().url().refine((u) => /^rediss?:\/\//.test(u), 'must be a redis:// URL'),
  /** Prefix of every BullMQ key; use a hash tag such as `{moderation}` for Redis Cluster. */
  QUEUE_PREFIX: z.string().min(1).max(64).default('moderation'),
  ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest comment text accepted, in characters. */
  MAX_COMMENT_LENGTH: int(1, 100_000).default(10_000),
  /** Largest request body accepted, in bytes. */
  MAX_BODY_BYTES: int(1024, 10 * 1024 * 1024).default(64 * 1024),
  WORKER_CONCURRENCY: int(1, 256).default(32),
  /**
   * How much the worker process lowers its own CPU priority at boot (added to its nice value, like
   * `nice -n`). On a machine shared with the api, intake then answers first and screening takes the
   * CPU left over (faster intake, slower decisions: docs/PERFORMANCE.md).
   */
  WORKER_NICE: int(0, 19).default(0),
  /** How often the sweeper looks for comments stranded in `queued`, in milliseconds. */
  SWEEPER_INTERVAL_MS: int(100, 3_600_000).default(10_000),
  /** A comment queued for longer than this (ms) without a decision is re-enqueued by the sweeper. */
  SWEEPER_GRACE_MS: int(0, 3_600_000).default(5_000),
  RUN_MIGRATIONS: bool.default(true),
  /** Allow webhook deliveries to private / loopback addresses (tests, on-premise receivers). */
  WEBHOOK_ALLOW_PRIVATE_TARGETS: bool.default(false),
  /** Allow http:// webhook URLs (https only otherwise). */
  WEBHOOK_ALLOW_HTTP: bool.default(false),
  /** 32-byte key (base64 or hex) that encrypts webhook secrets at rest. Derived from ADMIN_TOKEN when unset (dev only). */
  SECRETS_KEY: z.string().min(32).optional(),
  /** Comma-separated delays (ms) between webhook attempts; default per SPEC: 0,5s,5m,30m,2h,5h,10h,10h. */
  WEBHOOK_RETRY_SCHEDULE_MS: z.string().regex(/^\d+(,\d+)*$/).default('0,5000,300000,1800000,7200000,18000000,36000000,36000000'),
  WEBHOOK_TIMEOUT_MS: int(100, 120_000).default(15_000),
  /** Webhook deliveries in flight per worker process (I/O bound: a hanging receiver holds one for WEBHOOK_TIMEOUT_MS). */
  WEBHOOK_CONCURRENCY: int(1, 1024).default(32),
  /** An endpoint that has failed without a single success for this long (ms) is disabled when an event exhausts its retries. Default 5 days. */
  WEBHOOK_DISABLE_AFTER_MS: int(0, 365 * 24 * 3600 * 1000).default(5 * 24 * 3600 * 1000),
  /** Fallback poll of the webhook outbox (ms); LISTEN/NOTIFY wakes the dispatcher at once otherwise. */
  WEBHOOK_DISPATCH_INTERVAL_MS: int(50, 60_000).default(1_000),
  /** Requests per second per site API key (Redis-backed, shared by all api replicas). */
  RATE_LIMIT_SITE_PER_SECOND: int(1, 1_000_000).default(1000),
  /** Requests per second per admin token or moderator session. */
  RATE_LIMIT_USER_PER_SECOND: int(1, 1_000_000).default(50),
  /** On SIGTERM the api reports not-ready this long (ms) before it stops accepting, so load balancers drain it. */
  SHUTDOWN_DRAIN_MS: int(0, 120_000).default(0),
  /** Comma-separated origins allowed by CORS; none by default. */
  CORS_ORIGINS: z.string().default(''),
  /** Moderator session lifetime in seconds. */
  SESSION_TTL_SECONDS: int(1, 30 * 24 * 3600).default(12 * 3600),
  /** Failed logins per (email, client IP) before further attempts get 429 (issue 4). */
  LOGIN_MAX_FAILURES: int(1, 1000).default(5),
  /** Window of the failed-login counter, in seconds. */
  LOGIN_WINDOW_SECONDS: int(1, 86_400).default(900),
  /** How long a review-queue claim lasts, in seconds. */
  CLAIM_TTL_SECONDS: int(1, 3600).default(300),
});

export type AppConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
  }
}

/** Validates an environment; throws ConfigError listing every bad variable (values are never echoed). */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return parsed.data;
}
