import { ConflictError, DomainError, InvalidInputError, NotFoundError } from '@app/common';

export class ModeratorEmailTakenError extends ConflictError {
  constructor() {
    super('moderator_email_taken', 'a moderator with this email already exists');
  }
}

export class ModeratorNotFoundError extends NotFoundError {
  constructor() {
    super('moderator_not_found', 'no such moderator');
  }
}

export class UnknownSitesError extends InvalidInputError {
  constructor(siteIds: string[]) {
    super('unknown_sites', `unknown site ids: ${siteIds.join(', ')}`, { siteIds });
  }
}

export class InvalidCredentialsError extends DomainError {
  constructor() {
    super('unauthorized', 'invalid_credentials', 'wrong email or password');
  }
}

export class TooManyLoginAttemptsError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('rate_limited', 'too_many_login_attempts', `too many failed logins; retry in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}

export class InvalidCursorError extends InvalidInputError {
  constructor() {
    super('invalid_cursor', 'cursor is malformed or belongs to another sort order; start again without it');
  }
}

export class ClaimedByOtherError extends ConflictError {
  constructor(claim: { moderatorId: string; moderatorEmail: string | null; expiresAt: string }) {
    super('claimed_by_other', `another moderator (${claim.moderatorEmail ?? claim.moderatorId}) is working on this comment until ${claim.expiresAt}`, claim);
  }
}

export class NotInReviewError extends ConflictError {
  constructor(status: string) {
    super('not_in_review', `the comment is ${status}, not waiting for review`, { status });
  }
}

export class NotReportableError extends ConflictError {
  constructor(status: string) {
    super('not_reportable', `a ${status} comment is not published and cannot be reported`, { status });
  }
}
