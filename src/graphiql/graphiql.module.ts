import { Module } from '@nestjs/common';
import { GraphiqlAssetsController } from './graphiql-assets.controller';

@Module({ controllers: [GraphiqlAssetsController] })
export class GraphiqlModule {}
