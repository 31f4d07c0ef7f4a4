import { ConflictError, NotFoundError } from '@app/common';

export class CommentNotFoundError extends NotFoundError {
  constructor() {
    super('comment_not_found', 'no such comment');
  }
}

export class ExternalIdConflictError extends ConflictError {
  constructor(externalId: string, existingId: string) {
    super('external_id_conflict', `externalId '${externalId}' was already used for a comment with different content`, { id: existingId });
  }
}

/** The comment changed since the caller read it (another moderator decided first). */
export class StaleStateError extends ConflictError {
  constructor(current: { status: string; version: number }) {
    super('stale_state', `the comment changed meanwhile (now ${current.status}, version ${current.version})`, current);
  }
}
