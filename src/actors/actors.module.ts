import { Module } from '@nestjs/common';
import { ActorLoaders } from './actor.loaders';
import { ActorsRepository } from './actors.repository';
import { ActorsResolver } from './actors.resolver';
import { ActorsService } from './actors.service';

@Module({
  providers: [ActorsRepository, ActorsService, ActorLoaders, ActorsResolver],
  exports: [ActorsService, ActorLoaders],
})
export class ActorsModule {}
