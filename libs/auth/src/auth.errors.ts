import { DomainError } from '@app/common';

export class UnauthorizedError extends DomainError {
  constructor(message = 'missing or invalid bearer token') {
    super('unauthorized', 'unauthorized', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'this token may not do that') {
    super('forbidden', 'forbidden', message);
  }
}
