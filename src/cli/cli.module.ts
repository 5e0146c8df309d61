import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { BackupModule } from '../backup/backup.module';
import { DatabaseModule } from '../database/database.module';
import { DatasetsModule } from '../datasets/datasets.module';
import { InteropModule } from '../interop/interop.module';

/** What the command-line tools need: the database and the same services the API uses. */
@Module({ imports: [DatabaseModule, AuthModule, DatasetsModule, InteropModule, BackupModule] })
export class CliModule {}
