import { Global, Module } from '@nestjs/common';
import { SharedMetrics } from './shared-metrics.service';

@Global()
@Module({ providers: [SharedMetrics], exports: [SharedMetrics] })
export class ObservabilityModule {}
