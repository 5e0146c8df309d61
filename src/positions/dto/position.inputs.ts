import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PaginationArgs } from '../../common/dto/pagination.args';
import { IsOptionalSlug } from '../../common/dto/validators';
import { IssueCategory } from '../../issues/models/issue.model';

@InputType()
export class EvidenceInput {
  @Field(() => ID) @IsString() source!: string;

  @Field({ description: 'Copied verbatim from the source.' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  quote!: string;
}

@InputType()
export class RecordPositionInput {
  @Field(() => ID, { nullable: true, description: 'A slug; generated when omitted.' })
  @IsOptionalSlug()
  id?: string;

  @Field(() => ID, { description: 'An actor or a proposal.' }) @IsString() holder!: string;
  @Field(() => ID) @IsString() issue!: string;
  @Field(() => Float) @IsNumber() @Min(0) @Max(100) value!: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(1) salience!: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) @Max(100) acceptableMin?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) @Max(100) acceptableMax?: number;
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() redLine = false;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) statement?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) codingNote?: string;
  @Field(() => Float, { defaultValue: 1 }) @IsNumber() @Min(0) @Max(1) codingConfidence = 1;

  @Field(() => Date, { nullable: true, description: 'When the holder took this position; default now.' })
  @IsOptional()
  validFrom?: Date;

  @Field(() => [EvidenceInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => EvidenceInput)
  evidence: EvidenceInput[] = [];
}

@InputType()
export class RetirePositionInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Date, { nullable: true, description: 'When the position ended; default now.' })
  @IsOptional()
  at?: Date;
}

@InputType()
export class AttachEvidenceInput extends EvidenceInput {
  @Field(() => ID) @IsString() position!: string;
}

@InputType()
export class PositionFilter {
  @Field(() => ID, { nullable: true, description: 'Holder: an actor or a proposal.' })
  @IsOptional()
  @IsString()
  actor?: string;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() issue?: string;

  @Field(() => IssueCategory, { nullable: true, description: 'Only positions on issues of this category.' })
  @IsOptional()
  @IsEnum(IssueCategory)
  category?: IssueCategory;

  @Field(() => Date, { nullable: true, description: 'Positions valid at this instant; default now.' })
  @IsOptional()
  asOf?: Date;

  @Field(() => Boolean, { defaultValue: false, description: 'Every version, not only those valid at asOf.' })
  @IsBoolean()
  history = false;

  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() redLineOnly = false;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) @Max(1) minSalience?: number;
}

@ArgsType()
export class PositionsArgs extends PaginationArgs {
  @Field(() => PositionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PositionFilter)
  filter?: PositionFilter;
}

@ArgsType()
export class PositionHistoryArgs {
  @Field(() => ID, { description: 'Holder: an actor or a proposal.' }) @IsString() actor!: string;
  @Field(() => ID) @IsString() issue!: string;
}

@ArgsType()
export class HeldPositionsArgs {
  @Field(() => Date, { nullable: true }) @IsOptional() asOf?: Date;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() issue?: string;
}
