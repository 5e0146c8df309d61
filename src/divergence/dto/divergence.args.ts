import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { MAX_PAGE_SIZE } from '../../common/dto/pagination.args';

/** Upper bound on id lists given as arguments. */
export const MAX_IDS = 1000;

/** An optional list of ids (at most MAX_IDS). */
export function IdList(): PropertyDecorator {
  return applyDecorators(IsOptional(), IsArray(), ArrayMaxSize(MAX_IDS), IsString({ each: true }));
}

@ArgsType()
export class AsOfArgs {
  @Field(() => Date, { nullable: true, description: 'Positions valid at this instant; default now.' })
  @IsOptional()
  asOf?: Date;
}

@ArgsType()
export class DivergenceArgs extends AsOfArgs {
  @Field(() => ID) @IsString() a!: string;
  @Field(() => ID) @IsString() b!: string;

  @Field(() => [ID], { nullable: true, description: 'Only these issues; default all.' })
  @IdList()
  issues?: string[] | null;
}

@ArgsType()
export class DivergenceMatrixArgs extends AsOfArgs {
  @Field(() => [ID], {
    nullable: true,
    description: 'Pair these actors; default every actor with a position.',
  })
  @IdList()
  actors?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only these issues; default all.' })
  @IdList()
  issues?: string[] | null;

  @Field(() => Int, { defaultValue: 50, description: `Page size, 1-${MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 50;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  after?: string | null;
}

@ArgsType()
export class RedLineConflictsArgs extends AsOfArgs {
  @Field(() => ID, { nullable: true, description: 'Only this issue; default all.' })
  @IsOptional()
  @IsString()
  issue?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only conflicts involving this actor.' })
  @IsOptional()
  @IsString()
  actor?: string | null;
}
