import { Module } from '@nestjs/common';
import { IssueLoaders } from './issue.loaders';
import { IssuesRepository } from './issues.repository';
import { IssuesResolver } from './issues.resolver';
import { IssuesService } from './issues.service';

@Module({
  providers: [IssuesRepository, IssuesService, IssueLoaders, IssuesResolver],
  exports: [IssuesService, IssueLoaders],
})
export class IssuesModule {}
