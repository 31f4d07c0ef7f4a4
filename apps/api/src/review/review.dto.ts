import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength,
} from 'class-validator';
import { CHECK_NAMES } from '@app/moderation';
import type { CommentEntity } from '@app/comments';
import { FILTER_SEVERITIES, MODERATOR_OUTCOMES, MODERATOR_ROLES, ModeratorEntity, QUEUE_SORTS, QUEUE_VIEWS } from '@app/review';

export const NOTE_MAX = 2000;

export class CreateModeratorDto {
  @ApiProperty({ example: 'editor@dailyexample.com' }) @IsEmail() @MaxLength(254)
  email: string;

  @ApiProperty({ description: '10 to 200 characters; stored only as an argon2id hash' }) @IsString() @MinLength(10) @MaxLength(200)
  password: string;

  @ApiProperty({ enum: MODERATOR_ROLES, description: '`admin` moderators review every site' }) @IsIn(MODERATOR_ROLES)
  role: (typeof MODERATOR_ROLES)[number];

  @ApiProperty({ type: [String], description: 'Sites this moderator reviews' })
  @IsArray() @ArrayMaxSize(1000) @IsUUID('all', { each: true })
  siteIds: string[];
}

export class UpdateModeratorDto {
  @ApiPropertyOptional({ enum: MODERATOR_ROLES }) @IsOptional() @IsIn(MODERATOR_ROLES)
  role?: (typeof MODERATOR_ROLES)[number];

  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(1000) @IsUUID('all', { each: true })
  siteIds?: string[];

  @ApiPropertyOptional({ description: 'A new password ends every session of the moderator' }) @IsOptional() @IsString() @MinLength(10) @MaxLength(200)
  password?: string;
}

export function moderatorResponse(m: ModeratorEntity) {
  return { id: m.id, email: m.email, role: m.role, siteIds: m.siteIds, createdAt: m.createdAt.toISOString(), disabledAt: m.disabledAt?.toISOString() ?? null };
}

export class LoginDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(254)
  email: string;

  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200)
  password: string;
}

export class QueueQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'siteId must be a UUID' })
  siteId?: string;

  @ApiPropertyOptional({ enum: CHECK_NAMES }) @IsOptional() @IsIn(CHECK_NAMES)
  check?: (typeof CHECK_NAMES)[number];

  @ApiPropertyOptional({ enum: FILTER_SEVERITIES, description: 'Lowest severity shown' }) @IsOptional() @IsIn(FILTER_SEVERITIES)
  severity?: (typeof FILTER_SEVERITIES)[number];

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2048)
  articleUrl?: string;

  @ApiPropertyOptional({ enum: QUEUE_SORTS, default: 'oldest' }) @IsOptional() @IsIn(QUEUE_SORTS)
  sort?: (typeof QUEUE_SORTS)[number];

  @ApiPropertyOptional({ enum: QUEUE_VIEWS, default: 'held', description: '`reported`: comments sent back by reader reports' })
  @IsOptional() @IsIn(QUEUE_VIEWS)
  view?: (typeof QUEUE_VIEWS)[number];

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' }) @IsOptional() @IsString() @MaxLength(400)
  cursor?: string;

  @ApiPropertyOptional({ default: 25, minimum: 1, maximum: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  limit?: number;
}

export class DecisionDto {
  @ApiProperty({ enum: MODERATOR_OUTCOMES }) @IsIn(MODERATOR_OUTCOMES, { message: `outcome must be one of: ${MODERATOR_OUTCOMES.join(', ')}` })
  outcome: (typeof MODERATOR_OUTCOMES)[number];

  @ApiPropertyOptional({ maxLength: NOTE_MAX, description: 'Why: goes to the moderation log and the decision' })
  @IsOptional() @IsString() @MaxLength(NOTE_MAX)
  note?: string;

  @ApiPropertyOptional({ description: 'Apply only if the comment is still at this version (else 409)' })
  @IsOptional() @IsInt() @Min(1)
  expectedVersion?: number;
}

export class BulkDecisionDto {
  @ApiProperty({ type: [String], maxItems: 500 }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @IsUUID('all', { each: true })
  ids: string[];

  @ApiProperty({ enum: MODERATOR_OUTCOMES }) @IsIn(MODERATOR_OUTCOMES, { message: `outcome must be one of: ${MODERATOR_OUTCOMES.join(', ')}` })
  outcome: (typeof MODERATOR_OUTCOMES)[number];

  @ApiPropertyOptional({ maxLength: NOTE_MAX }) @IsOptional() @IsString() @MaxLength(NOTE_MAX)
  note?: string;
}

export class ReportDto {
  @ApiProperty({ example: 'abusive', description: "The reader's reason" }) @IsString() @Matches(/\S/, { message: 'reason must not be blank' }) @MaxLength(500)
  reason: string;

  @ApiProperty({ example: 'reader-77', description: "The site's id of the reader; one report per reader counts" })
  @IsString() @IsNotEmpty() @MaxLength(200)
  reporterId: string;
}

export function decidedResponse(c: CommentEntity) {
  return {
    id: c.id, externalId: c.externalId, status: c.status, version: c.version,
    decision: c.decision ? { outcome: c.decision.outcome, decidedBy: c.decision.decidedBy, decidedAt: c.decision.decidedAt, note: c.decision.note ?? null } : null,
  };
}
