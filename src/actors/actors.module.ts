import { Module } from '@nestjs/common';
import { PositionsModule } from '../positions/positions.module';
import { ActorLoaders } from './actor.loaders';
import { ActorsRepository } from './actors.repository';
import { ActorsResolver } from './actors.resolver';
import { ActorsService } from './actors.service';

@Module({
  // `actor(id)` reads the actor with its positions in one query (PositionLoaders.holderWithPositions).
  imports: [PositionsModule],
  providers: [ActorsRepository, ActorsService, ActorLoaders, ActorsResolver],
  exports: [ActorsService, ActorLoaders],
})
export class ActorsModule {}
