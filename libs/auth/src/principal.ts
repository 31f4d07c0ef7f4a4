export interface AdminPrincipal {
  kind: 'admin';
}
export interface SitePrincipal {
  kind: 'site';
  siteId: string;
  keyId: string;
}
export interface ModeratorPrincipal {
  kind: 'moderator';
  moderatorId: string;
  role: 'moderator' | 'admin';
  siteIds: string[];
  sessionId: string;
}
export type Principal = AdminPrincipal | SitePrincipal | ModeratorPrincipal;
export type PrincipalKind = Principal['kind'];

/** Resolves a moderator session token; provided by the review module (token MODERATOR_SESSIONS). */
export interface ModeratorSessionResolver {
  authenticate(token: string): Promise<ModeratorPrincipal | null>;
}
export const MODERATOR_SESSIONS = Symbol('MODERATOR_SESSIONS');
