import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { SitesModule } from '@app/sites';
import { WebhookAttemptEntity, WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookDeliveriesService } from './webhook-deliveries.service';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { WebhookDispatcher } from './webhook-dispatcher.service';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import { WebhookEndpointsService } from './webhook-endpoints.service';
import { SecretBox, secretsKeyFrom } from './webhook-secrets';
import { WebhooksProducer } from './webhooks.producer';

/** Endpoints, outbox dispatch, signing and delivery. Needs QueueModule (global) and the database. */
@Module({
  imports: [TypeOrmModule.forFeature([WebhookEndpointEntity, WebhookDeliveryEntity, WebhookAttemptEntity]), SitesModule],
  providers: [
    { provide: SecretBox, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new SecretBox(secretsKeyFrom(config)) },
    WebhooksProducer,
    WebhookEndpointsService,
    WebhookDispatcher,
    WebhookDeliveryService,
    WebhookDeliveriesService,
  ],
  exports: [WebhookEndpointsService, WebhookDispatcher, WebhookDeliveryService, WebhookDeliveriesService],
})
export class WebhooksModule {}
