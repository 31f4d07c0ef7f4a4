import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '@app/config';
import { redisOptionsFromUrl } from '@app/queue';

/** Seconds; buckets of the latency histograms. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

interface MetricDef {
  help: string;
  type: 'counter' | 'histogram';
}

export const SHARED_METRICS: Record<string, MetricDef> = {
  moderation_decisions_total: { help: 'Decisions taken, by outcome and by who decided (system or moderator)', type: 'counter' },
  moderation_screening_seconds: { help: 'Time from intake (comment committed) to the automatic decision', type: 'histogram' },
  moderation_engine_seconds: { help: 'Time the moderation engine spent on one comment', type: 'histogram' },
  moderation_review_seconds: { help: 'Time from held to decided by a moderator', type: 'histogram' },
  moderation_moderator_decisions_total: { help: 'Moderator decisions, by moderator and outcome', type: 'counter' },
  moderation_webhook_deliveries_total: { help: 'Webhook delivery attempts, by result', type: 'counter' },
  moderation_webhook_latency_seconds: { help: 'Time from decision to successful webhook delivery', type: 'histogram' },
};

type Labels = Record<string, string>;

function labelKey(labels: Labels): string {
  return Object.keys(labels)
    .sort()
    .map((k) => `${k}="${String(labels[k]).replace(/["\\\n]/g, '_')}"`)
    .join(',');
}

/**
 * Metrics recorded by any process (workers have no HTTP server) and exposed by every api replica
 * at /metrics: counters and histogram buckets live in Redis hashes, so they add up across replicas.
 */
@Injectable()
export class SharedMetrics implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly key: string;
  private readonly pending = new Map<string, Map<string, number>>();
  private flushTimer?: NodeJS.Timeout;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = new Redis(redisOptionsFromUrl(config.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: true }));
    this.redis.on('error', () => undefined);
    this.key = `${config.QUEUE_PREFIX}:metrics`;
  }

  /** Never throws: a metric must not fail the work it measures. */
  async inc(name: keyof typeof SHARED_METRICS, labels: Labels = {}, by = 1): Promise<void> {
    await this.record([{ inc: name, labels, by }]);
  }

  async observe(name: keyof typeof SHARED_METRICS, seconds: number, labels: Labels = {}): Promise<void> {
    await this.record([{ observe: name, seconds, labels }]);
  }

  /**
   * Updates are summed in memory and written every 500 ms in one pipeline: a round trip per job
   * was a measurable share of the worker's time. At most half a second of counts is lost on a crash.
   */
  async record(ops: ({ inc: keyof typeof SHARED_METRICS; labels?: Labels; by?: number } | { observe: keyof typeof SHARED_METRICS; seconds: number; labels?: Labels })[]): Promise<void> {
    for (const op of ops) {
      const base = labelKey(op.labels ?? {});
      if ('inc' in op) {
        this.add(`${this.key}:${op.inc}`, base, op.by ?? 1);
        continue;
      }
      const k = `${this.key}:${op.observe}`;
      for (const le of LATENCY_BUCKETS) if (op.seconds <= le) this.add(k, `${base}|${le}`, 1);
      this.add(k, `${base}|+Inf`, 1);
      this.add(k, `${base}|sum`, op.seconds);
    }
    this.flushTimer ??= setTimeout(() => void this.flush(), 500);
    this.flushTimer.unref?.();
  }

  private add(key: string, field: string, by: number): void {
    let fields = this.pending.get(key);
    if (!fields) this.pending.set(key, (fields = new Map()));
    fields.set(field, (fields.get(field) ?? 0) + by);
  }

  /** Writes what is pending (also called on shutdown and before rendering). */
  async flush(): Promise<void> {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    if (!this.pending.size) return;
    const p = this.redis.pipeline();
    for (const [key, fields] of this.pending) {
      for (const [field, v] of fields) {
        if (field.endsWith('|sum')) p.hincrbyfloat(key, field, v);
        else p.hincrby(key, field, v);
      }
    }
    this.pending.clear();
    await p.exec().catch(() => undefined);
  }

  /** Prometheus text exposition of everything recorded so far. */
  async render(): Promise<string> {
    await this.flush();
    const out: string[] = [];
    for (const [name, def] of Object.entries(SHARED_METRICS)) {
      const h = await this.redis.hgetall(`${this.key}:${name}`).catch(() => ({}) as Record<string, string>);
      out.push(`# HELP ${name} ${def.help}`, `# TYPE ${name} ${def.type}`);
      if (def.type === 'counter') {
        for (const [labels, v] of Object.entries(h)) out.push(`${name}${labels ? `{${labels}}` : ''} ${v}`);
        continue;
      }
      const series = new Map<string, Record<string, string>>();
      for (const [field, v] of Object.entries(h)) {
        const i = field.lastIndexOf('|');
        const labels = field.slice(0, i);
        if (!series.has(labels)) series.set(labels, {});
        series.get(labels)![field.slice(i + 1)] = v;
      }
      for (const [labels, s] of series) {
        const sep = labels ? ',' : '';
        for (const le of LATENCY_BUCKETS) out.push(`${name}_bucket{${labels}${sep}le="${le}"} ${s[String(le)] ?? 0}`);
        out.push(`${name}_bucket{${labels}${sep}le="+Inf"} ${s['+Inf'] ?? 0}`);
        out.push(`${name}_sum${labels ? `{${labels}}` : ''} ${s.sum ?? 0}`);
        out.push(`${name}_count${labels ? `{${labels}}` : ''} ${s['+Inf'] ?? 0}`);
      }
    }
    return out.join('\n') + '\n';
  }

  async onModuleDestroy(): Promise<void> {
    await this.flush();
    this.redis.disconnect();
  }
}
