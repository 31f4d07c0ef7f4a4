import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength } from 'class-validator';
import type { ApiKeyEntity, IssuedApiKey, SiteEntity } from '@app/sites';

export class CreateSiteDto {
  @ApiProperty({ example: 'The Daily Example' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  name: string;

  @ApiProperty({ example: ['dailyexample.com'], description: "The site's own domains: links to them (and their subdomains) always pass" })
  @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @MaxLength(253, { each: true })
  domains: string[];

  @ApiPropertyOptional({ description: 'Moderation policy (see README: mode, checks, allowedDomains, blockWords, allowWords, reportThreshold, languages)' })
  @IsOptional() @IsObject()
  policy?: Record<string, unknown>;
}

export class UpdateSiteDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200)
  name?: string;

  @ApiPropertyOptional() @IsOptional() @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @MaxLength(253, { each: true })
  domains?: string[];

  @ApiPropertyOptional() @IsOptional() @IsObject()
  policy?: Record<string, unknown>;
}

export class CreateApiKeyDto {
  @ApiPropertyOptional({ example: 'cms-production' }) @IsOptional() @IsString() @MaxLength(100)
  name?: string;
}

export function siteResponse(site: SiteEntity) {
  return {
    id: site.id,
    name: site.name,
    domains: site.domains,
    policy: site.policy,
    createdAt: site.createdAt.toISOString(),
    updatedAt: site.updatedAt.toISOString(),
  };
}

export function issuedKeyResponse(k: IssuedApiKey) {
  return { id: k.id, prefix: k.prefix, key: k.key, createdAt: k.createdAt.toISOString() };
}

export function apiKeyResponse(k: ApiKeyEntity) {
  return {
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    createdAt: k.createdAt.toISOString(),
    lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
    revokedAt: k.revokedAt?.toISOString() ?? null,
  };
}
