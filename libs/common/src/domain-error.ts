/**
 * Base of every domain error. Code that the worker and the CLI also run throws these, never HTTP
 * exceptions; the api's exception filter maps `kind` to a status code.
 */
export type DomainErrorKind = 'not_found' | 'conflict' | 'invalid' | 'unauthorized' | 'forbidden' | 'unavailable' | 'rate_limited';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    /** Stable machine-readable code, e.g. `comment_not_found`. */
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(code: string, message: string) {
    super('not_found', code, message);
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super('conflict', code, message, details);
  }
}

export class InvalidInputError extends DomainError {
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super('invalid', code, message, details);
  }
}
