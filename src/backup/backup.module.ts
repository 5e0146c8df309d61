import { Module } from '@nestjs/common';
import { DatasetsModule } from '../datasets/datasets.module';
import { InteropModule } from '../interop/interop.module';
import { BackupService } from './backup.service';

@Module({ imports: [DatasetsModule, InteropModule], providers: [BackupService], exports: [BackupService] })
export class BackupModule {}
