import { ConflictError, DomainError, InvalidInputError, NotFoundError } from '@app/common';

export class WebhookEndpointNotFoundError extends NotFoundError {
  constructor() {
    super('webhook_not_found', 'no such webhook endpoint');
  }
}

export class WebhookDeliveryNotFoundError extends NotFoundError {
  constructor() {
    super('webhook_delivery_not_found', 'no delivery of that event to this endpoint');
  }
}

export class InvalidWebhookUrlError extends InvalidInputError {
  constructor(message: string) {
    super('invalid_webhook_url', message);
  }
}

/** The URL points (or resolves) to an address deliveries may not go to: SSRF guard. */
export class ForbiddenWebhookTargetError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('invalid', 'forbidden_webhook_target', message, details);
  }
}

export class WebhookEndpointDisabledError extends ConflictError {
  constructor(reason: string | null) {
    super('webhook_disabled', `the endpoint is disabled${reason ? ` (${reason})` : ''}; enable it first (PATCH enabled: true)`);
  }
}

export class TooManyWebhooksError extends ConflictError {
  constructor(limit: number) {
    super('too_many_webhooks', `a site may have at most ${limit} webhook endpoints`);
  }
}
