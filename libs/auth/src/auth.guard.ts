import { timingSafeEqual, createHash } from 'node:crypto';
import { CanActivate, ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '@app/config';
import { SitesService } from '@app/sites';
import { ALLOWED_PRINCIPALS } from './auth.decorators';
import { ForbiddenError, UnauthorizedError } from './auth.errors';
import { MODERATOR_SESSIONS, ModeratorSessionResolver, Principal, PrincipalKind } from './principal';

/** Constant-time string comparison (hashing first makes the lengths equal). */
export function safeEqual(a: string, b: string): boolean {
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y);
}

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sites: SitesService,
    @Optional() @Inject(MODERATOR_SESSIONS) private readonly sessions?: ModeratorSessionResolver,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const allowed = this.reflector.getAllAndOverride<PrincipalKind[] | undefined>(ALLOWED_PRINCIPALS, [ctx.getHandler(), ctx.getClass()]);
    if (!allowed) return true;
    const req = ctx.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined>; principal?: Principal }>();
    const principal = await this.resolve(req.headers.authorization);
    if (!principal) throw new UnauthorizedError();
    if (!allowed.includes(principal.kind)) throw new ForbiddenError();
    req.principal = principal;
    return true;
  }

  async resolve(header: string | string[] | undefined): Promise<Principal | null> {
    if (typeof header !== 'string') return null;
    const m = /^Bearer\s+(\S{1,512})\s*$/i.exec(header);
    if (!m) return null;
    const token = m[1];
    if (token.startsWith('mk_')) {
      const p = await this.sites.authenticate(token);
      return p ? { kind: 'site', ...p } : null;
    }
    if (token.startsWith('ms_')) {
      return (await this.sessions?.authenticate(token)) ?? null;
    }
    return safeEqual(token, this.config.ADMIN_TOKEN) ? { kind: 'admin' } : null;
  }
}
