import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bullmq';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Queue } from 'bullmq';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { safeEqual } from '@app/auth';
import { SCREENING_QUEUE, WEBHOOKS_QUEUE } from '@app/queue';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/** Admin token as a bearer token, or as the password of HTTP Basic auth (so a browser can open the page). */
export function adminAuthorized(header: string | undefined, adminToken: string): boolean {
  if (!header) return false;
  const bearer = /^Bearer\s+(\S+)$/i.exec(header);
  if (bearer) return safeEqual(bearer[1], adminToken);
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header);
  if (!basic) return false;
  const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  return i >= 0 && safeEqual(decoded.slice(i + 1), adminToken);
}

/** The BullMQ dashboard (@bull-board) at /admin/queues, behind the admin token. */
export async function mountQueueDashboard(app: NestFastifyApplication, adminToken: string): Promise<void> {
  const serverAdapter = new BullBoardFastifyAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  const queues = [SCREENING_QUEUE, WEBHOOKS_QUEUE].map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name), { strict: false })));
  createBullBoard({ queues, serverAdapter, options: { uiConfig: { boardTitle: 'Moderation queues' } } });
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(
    async (scope) => {
      scope.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
        if (!adminAuthorized(req.headers.authorization, adminToken)) {
          await reply
            .status(401)
            .header('www-authenticate', 'Basic realm="moderation admin", charset="UTF-8"')
            .type('application/json; charset=utf-8')
            .send({ statusCode: 401, error: 'Unauthorized', code: 'unauthorized', message: 'the queue dashboard needs the admin token (Bearer, or as the Basic auth password)' });
        }
      });
      await scope.register(serverAdapter.registerPlugin() as never, { prefix: QUEUE_DASHBOARD_PATH });
    },
  );
}
