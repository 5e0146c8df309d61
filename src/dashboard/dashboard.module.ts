import { Module } from '@nestjs/common';
import { DashboardController } from './dashboard.controller';

/** Serves the web page at / (see web/). */
@Module({ controllers: [DashboardController] })
export class DashboardModule {}
