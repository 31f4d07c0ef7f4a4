import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@app/auth';
import { WebhookDeliveriesService, WebhookEndpointsService } from '@app/webhooks';
import { CreateWebhookDto, DeliveriesQueryDto, deliveryResponse, RedeliverSinceDto, RotateSecretDto, UpdateWebhookDto, webhookResponse } from './webhooks.dto';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ code: 'not_found', message: 'no such site, webhook or event' }) });

@ApiTags('webhooks')
@ApiBearerAuth()
@Allow('admin')
@Controller('v1/sites/:id/webhooks')
export class WebhooksController {
  constructor(
    private readonly endpoints: WebhookEndpointsService,
    private readonly deliveries: WebhookDeliveriesService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Register a webhook endpoint; the answer carries its signing secret (whsec_…), shown once' })
  async create(@Param('id', uuid) siteId: string, @Body() dto: CreateWebhookDto) {
    const { endpoint, secret } = await this.endpoints.create(siteId, dto);
    return { ...webhookResponse(endpoint), secret };
  }

  @Get()
  @ApiOperation({ summary: "A site's webhook endpoints, with why one was disabled" })
  async list(@Param('id', uuid) siteId: string) {
    return { items: (await this.endpoints.list(siteId)).map(webhookResponse) };
  }

  @Get(':whId')
  async get(@Param('id', uuid) siteId: string, @Param('whId', uuid) whId: string) {
    return webhookResponse(await this.endpoints.get(siteId, whId));
  }

  @Patch(':whId')
  @ApiOperation({ summary: 'Change url, events or description; enabled: true re-enables a disabled endpoint' })
  async update(@Param('id', uuid) siteId: string, @Param('whId', uuid) whId: string, @Body() dto: UpdateWebhookDto) {
    return webhookResponse(await this.endpoints.update(siteId, whId, dto));
  }

  @Delete(':whId')
  @HttpCode(204)
  async remove(@Param('id', uuid) siteId: string, @Param('whId', uuid) whId: string): Promise<void> {
    await this.endpoints.remove(siteId, whId);
  }

  @Post(':whId/rotate-secret')
  @ApiOperation({ summary: 'New secret (shown once); the old one keeps signing during the grace period, so both signatures are sent' })
  async rotate(@Param('id', uuid) siteId: string, @Param('whId', uuid) whId: string, @Body() dto: RotateSecretDto) {
    const { endpoint, secret } = await this.endpoints.rotateSecret(siteId, whId, dto.graceSeconds);
    return { ...webhookResponse(endpoint), secret };
  }

  @Get(':whId/deliveries')
  @ApiOperation({ summary: 'Delivery log: one item per event, with every attempt (time, status code, latency, error); filter by outcome' })
  async listDeliveries(@Param('id', uuid) siteId: string, @Param('whId', uuid) whId: string, @Query() q: DeliveriesQueryDto) {
    const page = await this.deliveries.list(siteId, whId, q);
    return { items: page.items.map(deliveryResponse), nextCursor: page.nextCursor };
  }

  @Post(':whId/deliveries/:eventId/redeliver')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send one event to this endpoint again' })
  async redeliverOne(@Param('id', uuid) siteId: string, @Param('whId', uuid) whId: string, @Param('eventId', uuid) eventId: string) {
    await this.deliveries.redeliverEvent(siteId, whId, eventId);
    return { redelivered: 1 };
  }

  @Post(':whId/redeliver')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send again every failed delivery since a time' })
  async redeliverSince(@Param('id', uuid) siteId: string, @Param('whId', uuid) whId: string, @Body() dto: RedeliverSinceDto) {
    return { redelivered: await this.deliveries.redeliverFailedSince(siteId, whId, new Date(dto.since)) };
  }
}
