import { Module } from '@nestjs/common';
import { PositionsModule } from '../positions/positions.module';
import { ActorLoaders } from './actor.loaders';
import { ActorsRepository } from './actors.repository';
import { ActorsResolver } from './actors.resolver';
import { ActorsService } from './actors.service';

@Module({
  // The positions of `actor(id)` are fetched alongside the actor (PositionLoaders.prefetchForHolder).
  imports: [PositionsModule],
  providers: [ActorsRepository, ActorsService, ActorLoaders, ActorsResolver],
  exports: [ActorsService, ActorLoaders],
})
export class ActorsModule {}
