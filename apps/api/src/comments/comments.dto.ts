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
