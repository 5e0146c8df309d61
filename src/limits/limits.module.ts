import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { RateLimitGuard } from './rate-limit.guard';

/** Rate limits (the query depth and cost limits are an Apollo plugin, see query-limits.plugin.ts). */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => [
        { name: 'per-minute', ttl: 60_000, limit: config.limits.ratePerMinute },
      ],
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: RateLimitGuard }],
})
export class LimitsModule {}
