import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';

/**
 * Flips to draining when shutdown starts, so /health/ready answers 503 while the server still
 * serves; after SHUTDOWN_DRAIN_MS Nest closes the HTTP server (in-flight requests finish).
 */
@Injectable()
export class ShutdownState implements BeforeApplicationShutdown, OnApplicationShutdown {
  draining = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async beforeApplicationShutdown(): Promise<void> {
    this.draining = true;
    if (this.config.SHUTDOWN_DRAIN_MS > 0) await new Promise((r) => setTimeout(r, this.config.SHUTDOWN_DRAIN_MS));
  }

  onApplicationShutdown(): void {
    this.draining = true;
  }
}
