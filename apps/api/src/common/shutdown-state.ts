import { Injectable, OnApplicationShutdown, BeforeApplicationShutdown } from '@nestjs/common';

/** Flips to draining when shutdown starts, so /health/ready turns false before connections close. */
@Injectable()
export class ShutdownState implements BeforeApplicationShutdown, OnApplicationShutdown {
  draining = false;

  beforeApplicationShutdown(): void {
    this.draining = true;
  }

  onApplicationShutdown(): void {
    this.draining = true;
  }
}
