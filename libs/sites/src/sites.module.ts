import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKeyEntity } from './api-key.entity';
import { SiteEntity } from './site.entity';
import { SitesService } from './sites.service';

@Module({
  imports: [TypeOrmModule.forFeature([SiteEntity, ApiKeyEntity])],
  providers: [SitesService],
  exports: [TypeOrmModule, SitesService],
})
export class SitesModule {}
