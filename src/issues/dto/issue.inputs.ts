import { ArgsType, Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsOptionalSlug } from '../../common/dto/validators';
import { IssueCategory, IssueOrder } from '../models/issue.model';

@InputType()
export class CreateIssueInput {
  @Field(() => ID, { nullable: true, description: 'A slug; derived from the name when omitted.' })
  @IsOptionalSlug()
  id?: string;

  @Field() @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @Field(() => IssueCategory) @IsEnum(IssueCategory) category!: IssueCategory;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;

  @Field({ description: 'What 0 means on the scale.' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  scaleMin!: string;
  @Field({ description: 'What 100 means on the scale.' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  scaleMax!: string;

  @Field(() => ID, { nullable: true, description: 'The broader issue this one is part of.' })
  @IsOptional()
  @IsString()
  parent?: string;
}

@InputType()
export class UpdateIssueInput extends PartialType(CreateIssueInput) {
  @Field(() => ID) @IsString() declare id: string;
}

@ArgsType()
export class IssuesArgs {
  @Field(() => IssueCategory, { nullable: true })
  @IsOptional()
  @IsEnum(IssueCategory)
  category?: IssueCategory;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: top-level issues only; false: sub-issues only.',
  })
  @IsOptional()
  @IsBoolean()
  root?: boolean;

  @Field(() => IssueOrder, { defaultValue: IssueOrder.ID })
  @IsEnum(IssueOrder)
  orderBy: IssueOrder = IssueOrder.ID;

  @Field(() => Date, {
    nullable: true,
    description: 'The instant POSITION_COUNT counts positions at (default now).',
  })
  @IsOptional()
  asOf?: Date;
}

@ArgsType()
export class PositionCountArgs {
  @Field(() => Date, { nullable: true, description: 'Default: now.' }) @IsOptional() asOf?: Date;
}
