import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import type { CommentEntity } from '@app/comments';

export class AuthorDto {
  @ApiProperty({ example: 'reader-42' }) @IsString() @IsNotEmpty() @MaxLength(200)
  id: string;

  @ApiPropertyOptional({ example: 'Asha' }) @IsOptional() @IsString() @MaxLength(200)
  name?: string;
}

export class CommentContextDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64)
  ip?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000)
  userAgent?: string;
}

export class CreateCommentDto {
  @ApiProperty({ example: 'c-1001', description: "The site's own id of the comment; the idempotency key" })
  @IsString() @IsNotEmpty() @MaxLength(200)
  externalId: string;

  @ApiProperty({ example: 'Great reporting, thank you.', description: 'At most MAX_COMMENT_LENGTH characters (default 10,000)' })
  @IsString() @Matches(/\S/, { message: 'text must not be blank' })
  text: string;

  @ApiProperty({ type: AuthorDto })
  @IsDefined() @IsObject() @ValidateNested() @Type(() => AuthorDto)
  author: AuthorDto;

  @ApiPropertyOptional({ example: 'https://dailyexample.com/2026/11/budget' })
  @IsOptional() @IsString() @MaxLength(2048) @Matches(/^https?:\/\/\S+$/i, { message: 'articleUrl must be an http(s) URL' })
  articleUrl?: string;

  @ApiPropertyOptional({ example: 'c-1000' }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200)
  parentExternalId?: string;

  @ApiPropertyOptional({ type: CommentContextDto })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => CommentContextDto)
  context?: CommentContextDto;
}

type Plain = Record<string, unknown>;

/** A JSON object whose keys are all in `allowed` (so no unknown, prototype or constructor key). */
function plainWithKeys(v: unknown, allowed: ReadonlySet<string>): v is Plain {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k of Object.keys(v)) if (!allowed.has(k)) return false;
  return true;
}

/** A string of 1..max UTF-16 units (class-validator counts a surrogate pair as one character, so this is never looser). */
function shortString(v: unknown, max: number, allowEmpty = false): v is string {
  return typeof v === 'string' && v.length <= max && (allowEmpty || v.length > 0);
}

const COMMENT_KEYS = new Set(['externalId', 'text', 'author', 'articleUrl', 'parentExternalId', 'context']);
const AUTHOR_KEYS = new Set(['id', 'name']);
const CONTEXT_KEYS = new Set(['ip', 'userAgent']);
const ARTICLE_URL = /^https?:\/\/\S+$/i;

/**
 * The intake fast path of the ValidationPipe (class-transformer and class-validator cost about 5 %
 * of the api's CPU per comment): builds the same CreateCommentDto as the pipe when the body plainly
 * satisfies every rule above, and answers null otherwise, so the pipe decides — and words the
 * error — exactly as before. Every check here is at least as strict as its decorator (a null
 * optional field, an over-long string or anything unusual goes the slow way);
 * validation.spec.ts compares both on generated bodies. Keep the two in step.
 */
export function fastCreateCommentDto(body: unknown): CreateCommentDto | null {
  if (!plainWithKeys(body, COMMENT_KEYS)) return null;
  const { externalId, text, author, articleUrl, parentExternalId, context } = body;
  if (!shortString(externalId, 200) || typeof text !== 'string' || !/\S/.test(text)) return null;
  if (!plainWithKeys(author, AUTHOR_KEYS) || !shortString(author.id, 200)) return null;
  if (author.name !== undefined && !shortString(author.name, 200, true)) return null;
  if (articleUrl !== undefined && !(shortString(articleUrl, 2048) && ARTICLE_URL.test(articleUrl))) return null;
  if (parentExternalId !== undefined && !shortString(parentExternalId, 200)) return null;
  if (context !== undefined) {
    if (!plainWithKeys(context, CONTEXT_KEYS)) return null;
    if (context.ip !== undefined && !shortString(context.ip, 64, true)) return null;
    if (context.userAgent !== undefined && !shortString(context.userAgent, 1000, true)) return null;
  }
  // What plainToInstance builds: the body's own keys in their order, nested objects as their classes.
  const dto = Object.assign(new CreateCommentDto(), body);
  dto.author = Object.assign(new AuthorDto(), author);
  if (context !== undefined) dto.context = Object.assign(new CommentContextDto(), context);
  return dto;
}

export class CommentQueryDto {
  @ApiProperty({ example: 'c-1001' }) @IsString() @IsNotEmpty() @MaxLength(200)
  externalId: string;
}

export function commentResponse(c: CommentEntity) {
  return {
    id: c.id,
    externalId: c.externalId,
    status: c.status,
    version: c.version,
    language: c.language,
    author: { id: c.authorId, name: c.authorName },
    articleUrl: c.articleUrl,
    parentExternalId: c.parentExternalId,
    createdAt: c.createdAt.toISOString(),
    decision: c.decision
      ? { outcome: c.decision.outcome, decidedBy: c.decision.decidedBy, decidedAt: c.decision.decidedAt, reasons: c.decision.reasons, note: c.decision.note ?? null }
      : null,
  };
}
