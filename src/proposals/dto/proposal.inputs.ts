import { ArgsType, Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { MAX_PAGE_SIZE } from '../../common/dto/pagination.args';
import { IsOptionalSlug } from '../../common/dto/validators';
import { Stance } from '../models/proposal.model';

@InputType()
export class CreateProposalInput {
  @Field(() => ID, { nullable: true, description: 'A slug; derived from the name when omitted.' })
  @IsOptionalSlug()
  id?: string;

  @Field() @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() date?: Date;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;

  @Field(() => [ID], { nullable: true, description: 'Ids of the sponsoring actors (added on update).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  sponsors?: string[];
}

@InputType()
export class UpdateProposalInput extends PartialType(CreateProposalInput) {
  @Field(() => ID) @IsString() declare id: string;
}

@InputType()
export class RecordReactionInput {
  @Field(() => ID) @IsString() actor!: string;
  @Field(() => ID) @IsString() proposal!: string;
  @Field(() => Stance) @IsEnum(Stance) stance!: Stance;

  @Field(() => String, { nullable: true, description: 'Verbatim; given together with its source.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  quote?: string;

  @Field(() => ID, { nullable: true, description: 'Id of the source of the quote.' })
  @IsOptional()
  @IsString()
  source?: string;
}

@ArgsType()
export class ProposalsArgs {
  @Field(() => Int, { defaultValue: 100, description: `At most this many proposals, 1-${MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 100;
}
