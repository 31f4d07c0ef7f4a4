import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@app/auth';
import { SitesService } from '@app/sites';
import { apiKeyResponse, CreateApiKeyDto, CreateSiteDto, issuedKeyResponse, siteResponse, UpdateSiteDto } from './sites.dto';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ code: 'not_found', message: 'no such site or key' }) });

@ApiTags('sites')
@ApiBearerAuth()
@Allow('admin')
@Controller('v1/sites')
export class SitesController {
  constructor(private readonly sites: SitesService) {}

  @Post()
  @ApiOperation({ summary: 'Create a site; the answer carries its first API key (shown once)' })
  async create(@Body() dto: CreateSiteDto) {
    const { site, apiKey } = await this.sites.create(dto);
    return { ...siteResponse(site), apiKey: apiKey.key, apiKeyId: apiKey.id };
  }

  @Get()
  @ApiOperation({ summary: 'List sites' })
  async list() {
    return { items: (await this.sites.list()).map(siteResponse) };
  }

  @Get(':id')
  async get(@Param('id', uuid) id: string) {
    return siteResponse(await this.sites.get(id));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Update name, domains or policy (the policy is replaced whole and validated)' })
  async update(@Param('id', uuid) id: string, @Body() dto: UpdateSiteDto) {
    return siteResponse(await this.sites.update(id, dto));
  }

  @Post(':id/api-keys')
  @ApiOperation({ summary: 'Issue another API key (rotation): the key is shown once' })
  async createKey(@Param('id', uuid) id: string, @Body() dto: CreateApiKeyDto) {
    return issuedKeyResponse(await this.sites.createApiKey(id, dto.name));
  }

  @Get(':id/api-keys')
  async listKeys(@Param('id', uuid) id: string) {
    await this.sites.get(id);
    return { items: (await this.sites.listApiKeys(id)).map(apiKeyResponse) };
  }

  @Delete(':id/api-keys/:keyId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke an API key' })
  async revokeKey(@Param('id', uuid) id: string, @Param('keyId', uuid) keyId: string): Promise<void> {
    await this.sites.revokeApiKey(id, keyId);
  }
}
