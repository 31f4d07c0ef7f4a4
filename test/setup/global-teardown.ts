export default async function globalTeardown(): Promise<void> {
  const infra = (globalThis as Record<string, unknown>).__E2E_INFRA__ as
    | { pg: { stop(): Promise<void> }; redis: { stop(): Promise<void> } }
    | undefined;
  if (!infra) return;
  await Promise.allSettled([infra.redis.stop(), infra.pg.stop()]);
}
