import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Controller, Get, NotFoundException, OnModuleInit, Param, Res } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyInstance, FastifyReply } from 'fastify';

const PUBLIC_DIR = path.join(__dirname, 'public');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.svg': 'image/svg+xml' };
// Only these files are served (no path from the request ever reaches the file system).
const FILES = ['index.html', 'console.css', 'console.js', 'favicon.svg'];
// Stricter than the api's default: no inline script or style, no other origin, no framing.
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** The moderators' console: a static page and a small vanilla-JS client of the review API. */
@ApiExcludeController()
@Controller('console')
export class ConsoleController implements OnModuleInit {
  private readonly files = new Map<string, Buffer>();

  constructor(private readonly adapterHost: HttpAdapterHost) {
    for (const f of FILES) this.files.set(f, readFileSync(path.join(PUBLIC_DIR, f)));
  }

  /** Nest strips trailing slashes from route paths, so `/console/` is added on Fastify itself. */
  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.get('/console/', (_req, reply) => reply.redirect('/console', 301));
  }

  @Get()
  index(@Res() reply: FastifyReply): void {
    this.send(reply, 'index.html');
  }

  @Get(':file')
  asset(@Param('file') file: string, @Res() reply: FastifyReply): void {
    if (!this.files.has(file)) throw new NotFoundException({ code: 'not_found', message: 'no such console file' });
    this.send(reply, file);
  }

  private send(reply: FastifyReply, file: string): void {
    void reply
      .status(200)
      .header('content-type', TYPES[path.extname(file)] ?? 'application/octet-stream')
      .header('content-security-policy', CSP)
      .header('cache-control', file === 'index.html' ? 'no-cache' : 'public, max-age=300')
      .send(this.files.get(file));
  }
}
