import { Args, ArgsType, Field, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { AuditRepository } from './audit.repository';
import { Change } from './change.model';

@ArgsType()
class ChangesArgs {
  @Field(() => Date, { nullable: true, description: 'Only changes at or after this instant.' })
  @IsOptional()
  since?: Date;

  @Field(() => ID, { nullable: true, description: 'Only changes that touched this actor (or proposal).' })
  @IsOptional()
  @IsString()
  actor?: string;

  @Field(() => ID, { nullable: true, description: 'Only changes that touched this issue.' })
  @IsOptional()
  @IsString()
  issue?: string;

  @Field(() => Int, { defaultValue: 100 }) @IsInt() @Min(1) @Max(500) first = 100;
}

@Resolver(() => Change)
export class AuditResolver {
  constructor(private readonly audit: AuditRepository) {}

  @Query(() => [Change], {
    description: 'The audit trail, newest first: every write, who made it and what it touched.',
  })
  changes(@Args() args: ChangesArgs) {
    return this.audit.list({
      since: args.since?.toISOString() ?? null,
      actor: args.actor ?? null,
      issue: args.issue ?? null,
      limit: args.first,
    });
  }
}
