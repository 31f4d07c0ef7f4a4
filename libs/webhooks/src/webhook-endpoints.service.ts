import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { uuidv7 } from '@app/database';
import { SitesService } from '@app/sites';
import { resolveTarget } from './address-guard';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import { generateWebhookSecret, SecretBox } from './webhook-secrets';
import { TooManyWebhooksError, WebhookEndpointNotFoundError } from './webhooks.errors';

export const MAX_ENDPOINTS_PER_SITE = 20;
/** Default grace period of a rotated secret, in seconds. */
export const DEFAULT_ROTATION_GRACE_SECONDS = 24 * 3600;

export interface EndpointInput {
  url: string;
  events?: string[];
  description?: string | null;
}

@Injectable()
export class WebhookEndpointsService {
  constructor(
    @InjectRepository(WebhookEndpointEntity) private readonly endpoints: Repository<WebhookEndpointEntity>,
    private readonly sites: SitesService,
    private readonly box: SecretBox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Creates an endpoint; the answer's `secret` is the only time the secret is shown. */
  async create(siteId: string, input: EndpointInput): Promise<{ endpoint: WebhookEndpointEntity; secret: string }> {
    await this.sites.get(siteId);
    const url = await this.vetUrl(input.url);
    const count = await this.endpoints.countBy({ siteId });
    if (count >= MAX_ENDPOINTS_PER_SITE) throw new TooManyWebhooksError(MAX_ENDPOINTS_PER_SITE);
    const secret = generateWebhookSecret();
    const endpoint = this.endpoints.create({
      id: uuidv7(),
      siteId,
      url,
      description: input.description ?? null,
      eventTypes: [...new Set(input.events ?? [])],
      secretEnc: this.box.seal(secret),
      enabled: true,
      consecutiveExhausted: 0,
    });
    await this.endpoints.insert(endpoint);
    return { endpoint: await this.get(siteId, endpoint.id), secret };
  }

  list(siteId: string): Promise<WebhookEndpointEntity[]> {
    return this.endpoints.find({ where: { siteId }, order: { createdAt: 'ASC' } });
  }

  async get(siteId: string, id: string): Promise<WebhookEndpointEntity> {
    const e = await this.endpoints.findOneBy({ siteId, id });
    if (!e) throw new WebhookEndpointNotFoundError();
    return e;
  }

  async update(siteId: string, id: string, patch: Partial<EndpointInput> & { enabled?: boolean }): Promise<WebhookEndpointEntity> {
    const e = await this.get(siteId, id);
    if (patch.url !== undefined) e.url = await this.vetUrl(patch.url);
    if (patch.events !== undefined) e.eventTypes = [...new Set(patch.events)];
    if (patch.description !== undefined) e.description = patch.description;
    if (patch.enabled === true && !e.enabled) {
      // Re-enabling starts a fresh health record.
      Object.assign(e, { enabled: true, disabledReason: null, disabledAt: null, failingSince: null, consecutiveExhausted: 0 });
    } else if (patch.enabled === false && e.enabled) {
      Object.assign(e, { enabled: false, disabledReason: 'disabled by an administrator', disabledAt: new Date() });
    }
    await this.endpoints.save(e);
    return this.get(siteId, id);
  }

  async remove(siteId: string, id: string): Promise<void> {
    const r = await this.endpoints.delete({ siteId, id });
    if (!r.affected) throw new WebhookEndpointNotFoundError();
  }

  /**
   * New secret; the old one stays valid for `graceSeconds` (deliveries carry both signatures
   * meanwhile), so receivers can switch without losing an event.
   */
  async rotateSecret(siteId: string, id: string, graceSeconds = DEFAULT_ROTATION_GRACE_SECONDS): Promise<{ endpoint: WebhookEndpointEntity; secret: string }> {
    const e = await this.get(siteId, id);
    const secret = generateWebhookSecret();
    await this.endpoints.update(
      { siteId, id },
      {
        previousSecretEnc: graceSeconds > 0 ? e.secretEnc : null,
        previousSecretExpiresAt: graceSeconds > 0 ? new Date(Date.now() + graceSeconds * 1000) : null,
        secretEnc: this.box.seal(secret),
      },
    );
    return { endpoint: await this.get(siteId, id), secret };
  }

  /** Syntax, scheme, and (unless private targets are allowed) the SSRF check on the resolved addresses. */
  private async vetUrl(raw: string): Promise<string> {
    const t = await resolveTarget(raw, { allowHttp: this.config.WEBHOOK_ALLOW_HTTP, allowPrivate: this.config.WEBHOOK_ALLOW_PRIVATE_TARGETS });
    return t.url.toString();
  }
}
