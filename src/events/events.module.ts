import { Module } from '@nestjs/common';
import { ActorsModule } from '../actors/actors.module';
import { SourcesModule } from '../sources/sources.module';
import { EventLoaders } from './event.loaders';
import { EventsRepository } from './events.repository';
import { EventsResolver } from './events.resolver';
import { EventsService } from './events.service';

@Module({
  imports: [ActorsModule, SourcesModule],
  providers: [EventsRepository, EventsService, EventLoaders, EventsResolver],
  exports: [EventsService, EventLoaders],
})
export class EventsModule {}
