import type { Principal } from '@app/auth';

/**
 * Who is reviewing and which sites they may see. `siteIds: null` means every site (the admin token
 * or a moderator with role `admin`). Every query of the review lib takes a scope, so none can forget it.
 */
export interface ReviewScope {
  /** `moderator:<id>` or `admin`: written to the moderation log as the actor. */
  actor: string;
  moderatorId: string | null;
  siteIds: string[] | null;
}

export function scopeOf(p: Principal): ReviewScope {
  switch (p.kind) {
    case 'admin':
      return { actor: 'admin', moderatorId: null, siteIds: null };
    case 'moderator':
      return { actor: `moderator:${p.moderatorId}`, moderatorId: p.moderatorId, siteIds: p.role === 'admin' ? null : p.siteIds };
    case 'site':
      return { actor: 'site', moderatorId: null, siteIds: [p.siteId] };
  }
}

export function inScope(scope: ReviewScope, siteId: string): boolean {
  return scope.siteIds === null || scope.siteIds.includes(siteId);
}
