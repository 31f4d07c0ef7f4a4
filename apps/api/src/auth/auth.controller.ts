import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Allow, CurrentPrincipal, ModeratorPrincipal } from '@app/auth';
import { ModeratorsService, SessionsService, TooManyLoginAttemptsError } from '@app/review';
import { SitesService } from '@app/sites';
import { LoginDto } from '../review/review.dto';

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly moderators: ModeratorsService,
    private readonly sites: SitesService,
  ) {}

  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Moderator login: a session token (`ms_…`) for the console and the review API. Wrong credentials 401; repeated failures 429' })
  async login(@Body() dto: LoginDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    try {
      const s = await this.sessions.login(dto.email, dto.password, { ip: req.ip, userAgent: req.headers['user-agent'] ?? null });
      return { token: s.token, expiresAt: s.expiresAt.toISOString(), moderator: s.moderator };
    } catch (err) {
      if (!(err instanceof TooManyLoginAttemptsError)) throw err;
      // Answered here rather than by the exception filter, which sets a generic Retry-After.
      void reply.status(429).header('retry-after', String(err.retryAfterSeconds));
      return { statusCode: 429, error: 'Too Many Requests', code: err.code, message: err.message, details: err.details, requestId: String(req.id) };
    }
  }

  @Post('logout')
  @HttpCode(204)
  @Allow('moderator')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Revoke the current session token' })
  async logout(@CurrentPrincipal() p: ModeratorPrincipal): Promise<void> {
    await this.sessions.logout(p.sessionId);
  }

  @Get('me')
  @Allow('moderator')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The logged-in moderator and the sites they review' })
  async me(@CurrentPrincipal() p: ModeratorPrincipal) {
    const m = await this.moderators.get(p.moderatorId);
    const sites = (await this.sites.list()).filter((s) => p.role === 'admin' || p.siteIds.includes(s.id));
    return { id: m.id, email: m.email, role: m.role, sites: sites.map((s) => ({ id: s.id, name: s.name })) };
  }
}
