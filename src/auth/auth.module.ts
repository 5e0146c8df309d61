import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { HttpErrorFilter } from '../common/http-error.filter';
import { ApiKeysRepository } from './api-keys.repository';
import { ApiKeysService } from './api-keys.service';
import { AuthGuard } from './auth.guard';

@Global()
@Module({
  providers: [
    ApiKeysRepository,
    ApiKeysService,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: HttpErrorFilter },
  ],
  exports: [ApiKeysService],
})
export class AuthModule {}
