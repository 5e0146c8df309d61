import { GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { answerPreloadedFirst } from './common/graphql/preloaded-fields';
import { inlinePlainFields } from './common/graphql/plain-fields';
import { CompiledExecution } from './common/graphql/compiled-execution';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import path from 'node:path';
import { ActorsModule } from './actors/actors.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BackupModule } from './backup/backup.module';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { LimitsModule } from './limits/limits.module';
import { queryLimitsPlugin } from './limits/query-limits.plugin';
import { wellFormedUnicodePlugin } from './limits/unicode.plugin';
import { DateTimeScalar } from './common/graphql/date-time.scalar';
import { formatGraphQLError } from './common/graphql/format-error';
import { createGraphQLContext } from './common/graphql/graphql-context';
import { requestExtensionsPlugin } from './common/graphql/request-extensions.plugin';
import { projectRoot } from './common/project-root';
import { DashboardModule } from './dashboard/dashboard.module';
import { DatabaseModule } from './database/database.module';
import { DatasetsModule } from './datasets/datasets.module';
import { DivergenceModule } from './divergence/divergence.module';
import { EventsModule } from './events/events.module';
import { GraphiqlModule } from './graphiql/graphiql.module';
import { offlineGraphiqlPlugin } from './graphiql/graphiql-landing-page.plugin';
import { HealthModule } from './health/health.module';
import { InteropModule } from './interop/interop.module';
import { ProposalsModule } from './proposals/proposals.module';
import { SourcesModule } from './sources/sources.module';
import { IssuesModule } from './issues/issues.module';
import { IssueLoaders } from './issues/issue.loaders';
import { resolvePositionCountDirectly } from './issues/issues.resolver';
import { PositionsModule } from './positions/positions.module';
import { resolveHeldPositionsDirectly } from './positions/held-positions.resolver';
import { PositionLoaders } from './positions/position.loaders';

@Module({
  imports: [
    DatabaseModule,
    AuthModule,
    LimitsModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG, ModuleRef],
      useFactory: (config: AppConfig, modules: ModuleRef) => {
        const execution = config.graphqlExecutor === 'compiled' ? new CompiledExecution() : null;
        return {
          path: '/graphql',
          // The generated schema is committed, so API changes show in review; tests write it elsewhere
          // (FAULTLINE_SCHEMA_FILE) and compare it with the committed one.
          autoSchemaFile: process.env.FAULTLINE_SCHEMA_FILE || path.join(projectRoot(), 'schema.gql'),
          sortSchema: true,
          playground: false,
          // Apollo turns introspection off under NODE_ENV=production: GraphiQL and the dashboard need it.
          introspection: true,
          // Apollo's CSRF prevention stays on (its default); batched requests stay refused (its default).
          csrfPrevention: true,
          allowBatchedHttpRequests: false,
          plugins: [
            // No cache hints are used: without the default cache-control plugin, Apollo no longer wraps
            // every field's resolver to collect them (a cost paid per field of every answer).
            ApolloServerPluginCacheControlDisabled(),
            offlineGraphiqlPlugin(),
            requestExtensionsPlugin(),
            queryLimitsPlugin(config.limits),
            wellFormedUnicodePlugin(),
          ],
          context: createGraphQLContext,
          formatError: formatGraphQLError,
          includeStacktraceInErrorResponses: false,
          buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
          ...(execution ? { gateway: execution } : {}),
          transformSchema: (schema: GraphQLSchema) => {
            inlinePlainFields(schema);
            const answered = answerPreloadedFirst(schema, 'Position', ['holder', 'issue', 'evidence']);
            resolvePositionCountDirectly(answered, modules.get(IssueLoaders, { strict: false }));
            resolveHeldPositionsDirectly(answered, modules.get(PositionLoaders, { strict: false }));
            // Apollo takes the compiled executor's schema, handed over here, before Nest sorts its own
            // copy (sortSchema): sorted the same way, introspection answers alike with either executor.
            return execution ? execution.useSchema(lexicographicSortSchema(answered)) : answered;
          },
        };
      },
    }),
    HealthModule,
    GraphiqlModule,
    ActorsModule,
    SourcesModule,
    EventsModule,
    ProposalsModule,
    DatasetsModule,
    IssuesModule,
    PositionsModule,
    DivergenceModule,
    AuditModule,
    BackupModule,
    InteropModule,
    DashboardModule,
  ],
})
export class AppModule {}
