import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Principal, PrincipalKind } from './principal';

export const ALLOWED_PRINCIPALS = 'allowedPrincipals';

/** Who may call a route. Routes without it are public (health, docs, login). */
export const Allow = (...kinds: PrincipalKind[]) => SetMetadata(ALLOWED_PRINCIPALS, kinds);

/** The authenticated caller, set by AuthGuard. */
export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  return ctx.switchToHttp().getRequest<{ principal: Principal }>().principal;
});
