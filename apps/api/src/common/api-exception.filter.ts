import { STATUS_CODES } from 'node:http';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, DomainErrorKind } from '@app/common';

const STATUS_BY_KIND: Record<DomainErrorKind, number> = {
  not_found: 404,
  conflict: 409,
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  unavailable: 503,
  rate_limited: 429,
};

export interface ErrorBody {
  statusCode: number;
  error: string;
  code: string;
  message: string;
  details?: unknown;
  requestId?: string;
}

// Postgres unreachable, shutting down or out of connections: tell the client to come back later.
const PG_UNAVAILABLE = /^(08|57P|53)/;
const NET_UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);

export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: string; driverError?: { code?: string }; message?: string } | undefined;
  const code = e?.driverError?.code ?? e?.code;
  if (typeof code === 'string' && (PG_UNAVAILABLE.test(code) || NET_UNAVAILABLE.has(code))) return true;
  const msg = e?.message ?? '';
  return /Connection terminated|timeout exceeded when trying to connect|Connection is not established|terminating connection|the database system is (starting|shutting) up|Client has encountered a connection error/i.test(msg);
}

/**
 * The one place errors become HTTP: domain errors by kind, Nest/Fastify client errors as they are,
 * Postgres outages as 503 + Retry-After, anything else as a logged 500 without internals.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const reply = ctx.getResponse<FastifyReply>();
    const req = ctx.getRequest<FastifyRequest>();
    const body = this.toBody(exception);
    body.requestId = String(req.id ?? '');
    if (body.statusCode >= 500 && body.code === 'internal_error') {
      this.logger.error({ err: exception, requestId: body.requestId, url: req.url?.split('?')[0] }, 'unhandled error');
    }
    if (body.statusCode === 503 || body.statusCode === 429) void reply.header('retry-after', '5');
    void reply.status(body.statusCode).type('application/json; charset=utf-8').send(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      const statusCode = STATUS_BY_KIND[exception.kind];
      return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', code: exception.code, message: exception.message, details: exception.details };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const res = exception.getResponse();
      const r = (typeof res === 'object' && res ? res : { message: res }) as { message?: unknown; code?: string; details?: unknown };
      const message = Array.isArray(r.message) ? r.message.join('; ') : String(r.message ?? exception.message);
      return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', code: r.code ?? (statusCode === 400 && /JSON/.test(message) ? 'malformed_json' : defaultCode(statusCode)), message, details: r.details ?? (Array.isArray(r.message) ? r.message : undefined) };
    }
    // Fastify's own client errors (malformed JSON, body too large, bad content type...).
    const fe = exception as { statusCode?: number; code?: string; message?: string };
    if (typeof fe?.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
      return { statusCode: fe.statusCode, error: STATUS_CODES[fe.statusCode] ?? 'Error', code: fastifyCode(fe.code, fe.statusCode), message: fastifyMessage(fe) };
    }
    if (isDatabaseUnavailable(exception)) {
      return { statusCode: 503, error: 'Service Unavailable', code: 'database_unavailable', message: 'the database is unavailable; retry later' };
    }
    return { statusCode: 500, error: 'Internal Server Error', code: 'internal_error', message: 'internal error' };
  }
}

function defaultCode(status: number): string {
  switch (status) {
    case 400: return 'bad_request';
    case 401: return 'unauthorized';
    case 403: return 'forbidden';
    case 404: return 'not_found';
    case 405: return 'method_not_allowed';
    case 409: return 'conflict';
    case 413: return 'body_too_large';
    case 415: return 'unsupported_media_type';
    case 429: return 'rate_limited';
    default: return status >= 500 ? 'server_error' : 'client_error';
  }
}

function fastifyCode(code: string | undefined, status: number): string {
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return 'body_too_large';
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return 'unsupported_media_type';
  if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return 'empty_body';
  if (code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH') return 'invalid_content_length';
  if (status === 400) return 'malformed_json';
  return defaultCode(status);
}

function fastifyMessage(fe: { code?: string; message?: string; statusCode?: number }): string {
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return 'request body is larger than the limit';
  if (fe.statusCode === 400 && /JSON/i.test(fe.message ?? '')) return `malformed JSON body: ${fe.message}`;
  return fe.message ?? 'bad request';
}
