import { ArgsType, Field, Float, ID } from '@nestjs/graphql';
import { IsEnum, IsNumber, IsOptional, IsString } from 'class-validator';
import { DEFAULT_ALPHA } from '../math';
import { OutcomeRule } from '../models/issue-summary.model';
import { AsOfArgs, IdList } from './divergence.args';

@ArgsType()
export class AgreementZoneArgs extends AsOfArgs {
  @Field(() => ID) @IsString() issue!: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'The parties (actors); default every actor with a position on the issue. Not with `event`.',
  })
  @IdList()
  parties?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The event whose participants are the parties.' })
  @IsOptional()
  @IsString()
  event?: string | null;
}

@ArgsType()
export class IssueSummaryArgs extends AsOfArgs {
  @Field(() => ID) @IsString() issue!: string;

  @Field(() => OutcomeRule, { defaultValue: OutcomeRule.MEAN })
  @IsEnum(OutcomeRule)
  outcome: OutcomeRule = OutcomeRule.MEAN;

  @Field(() => Float, { defaultValue: DEFAULT_ALPHA, description: 'Esteban–Ray α, in (0, 2].' })
  @IsNumber()
  alpha: number = DEFAULT_ALPHA;
}
