import { ArgsType, Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, IsString, IsUrl, MaxLength, MinLength } from 'class-validator';
import { PaginationArgs } from '../../common/dto/pagination.args';
import { IsOptionalSlug } from '../../common/dto/validators';
import { Reliability } from '../models/source.model';

@InputType()
export class CreateSourceInput {
  @Field(() => ID, {
    nullable: true,
    description: 'A slug; derived from the publisher and title when omitted.',
  })
  @IsOptionalSlug()
  id?: string;

  @Field() @IsString() @MinLength(1) @MaxLength(200) publisher!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true })
  @MaxLength(2000)
  url?: string;

  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() publishedAt?: Date;
  @Field(() => Reliability) @IsEnum(Reliability) reliability!: Reliability;
}

@InputType()
export class UpdateSourceInput extends PartialType(CreateSourceInput) {
  @Field(() => ID) @IsString() declare id: string;
}

@ArgsType()
export class SourcesArgs extends PaginationArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Words to find in titles and publishers (prefixes match).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => Reliability, { nullable: true }) @IsOptional() @IsEnum(Reliability) reliability?: Reliability;
}
