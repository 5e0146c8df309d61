import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { RateLimitGuard } from './rate-limit.guard';

/** Rate limits (the query depth and cost limits are an Apollo plugin, see query-limits.plugin.ts). */
@Module({
  providers: [{ provide: APP_GUARD, useClass: RateLimitGuard }],
})
export class LimitsModule {}
