import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { COMMENT_EVENT_TYPES } from '@app/comments';
import { DELIVERY_STATUSES, DeliveryStatus, DeliveryView, WebhookEndpointEntity } from '@app/webhooks';

export class CreateWebhookDto {
  @ApiProperty({ example: 'https://cms.example.com/hooks/moderation', description: 'https:// (http:// only where the operator allows it)' })
  @IsString() @MaxLength(2000)
  url: string;

  @ApiPropertyOptional({ enum: COMMENT_EVENT_TYPES, isArray: true, description: 'Event types to receive; omitted or empty: all' })
  @IsOptional() @IsArray() @ArrayMaxSize(COMMENT_EVENT_TYPES.length) @IsIn(COMMENT_EVENT_TYPES as unknown as string[], { each: true })
  events?: string[];

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500)
  description?: string;
}

export class UpdateWebhookDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({ enum: COMMENT_EVENT_TYPES, isArray: true })
  @IsOptional() @IsArray() @ArrayMaxSize(COMMENT_EVENT_TYPES.length) @IsIn(COMMENT_EVENT_TYPES as unknown as string[], { each: true })
  events?: string[];

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500)
  description?: string;

  @ApiPropertyOptional({ description: 'true re-enables a disabled endpoint (and clears its failure record)' })
  @IsOptional() @IsBoolean()
  enabled?: boolean;
}

export class RotateSecretDto {
  @ApiPropertyOptional({ description: 'Seconds the previous secret keeps signing (both signatures are sent meanwhile); default 86400' })
  @IsOptional() @IsInt() @Min(0) @Max(7 * 24 * 3600)
  graceSeconds?: number;
}

export class DeliveriesQueryDto {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES }) @IsOptional() @IsIn(DELIVERY_STATUSES as unknown as string[])
  outcome?: DeliveryStatus;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' }) @IsOptional() @IsUUID()
  cursor?: string;

  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  limit?: number;
}

export class RedeliverSinceDto {
  @ApiProperty({ example: '2026-01-01T00:00:00Z', description: 'Redeliver every failed delivery created at or after this time' })
  @IsISO8601()
  since: string;
}

export function webhookResponse(e: WebhookEndpointEntity) {
  return {
    id: e.id,
    siteId: e.siteId,
    url: e.url,
    description: e.description,
    events: e.eventTypes,
    enabled: e.enabled,
    disabledReason: e.disabledReason,
    disabledAt: e.disabledAt?.toISOString() ?? null,
    failingSince: e.failingSince?.toISOString() ?? null,
    previousSecretExpiresAt: e.previousSecretExpiresAt && e.previousSecretExpiresAt > new Date() ? e.previousSecretExpiresAt.toISOString() : null,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}

export function deliveryResponse(d: DeliveryView) {
  return {
    id: d.id,
    eventId: d.eventId,
    type: d.type,
    commentId: d.commentId,
    outcome: d.status,
    createdAt: new Date(d.createdAt).toISOString(),
    deliveredAt: d.deliveredAt ? new Date(d.deliveredAt).toISOString() : null,
    nextAttemptAt: d.nextAttemptAt ? new Date(d.nextAttemptAt).toISOString() : null,
    attempts: d.attempts.map((a) => ({ attempt: a.attempt, at: new Date(a.at).toISOString(), statusCode: a.statusCode, latencyMs: a.latencyMs, success: a.success, error: a.error })),
  };
}
