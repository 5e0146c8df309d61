import { Module } from '@nestjs/common';
import { AuditRepository } from './audit.repository';
import { AuditResolver } from './audit.resolver';

@Module({ providers: [AuditRepository, AuditResolver] })
export class AuditModule {}
