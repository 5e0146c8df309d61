import { ArgsType, Field, Float, ID, InputType, PartialType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
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
import { IsOptionalSlug } from '../../common/dto/validators';
import { PaginationArgs } from '../../common/dto/pagination.args';
import { ActorKind } from '../models/actor.model';

@InputType()
export class CreateActorInput {
  @Field(() => ID, { nullable: true, description: 'A slug; derived from the name when omitted.' })
  @IsOptionalSlug()
  id?: string;

  @Field() @IsString() @MinLength(1) @MaxLength(200) name!: string;

  @Field(() => ActorKind) @IsEnum(ActorKind) kind!: ActorKind;

  // No defaultValue here: PartialType would copy it into UpdateActorInput and reset omitted fields.
  @Field(() => [String], { nullable: true, description: 'Other names; none when omitted.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  aliases?: string[];

  @Field(() => Float, { nullable: true, description: '0-1; 1 when omitted.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  capability?: number;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
}

@InputType()
export class UpdateActorInput extends PartialType(CreateActorInput) {
  @Field(() => ID) @IsString() declare id: string;
}

export enum ActorLinkType {
  MEMBER_OF = 'MEMBER_OF',
  REPRESENTS = 'REPRESENTS',
}
registerEnumType(ActorLinkType, { name: 'ActorLinkType' });

@InputType()
export class LinkActorsInput {
  @Field(() => ID) @IsString() from!: string;
  @Field(() => ID) @IsString() to!: string;
  @Field(() => ActorLinkType) @IsEnum(ActorLinkType) type!: ActorLinkType;
}

@InputType()
export class ActorFilter {
  @Field(() => ActorKind, { nullable: true }) @IsOptional() @IsEnum(ActorKind) kind?: ActorKind;

  @Field(() => String, {
    nullable: true,
    description: 'Words to find in names and aliases (prefixes match).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => ID, { nullable: true, description: 'Only actors holding a position on this issue (at asOf).' })
  @IsOptional()
  @IsString()
  issue?: string;

  @Field(() => Date, { nullable: true }) @IsOptional() asOf?: Date;
}

@ArgsType()
export class ActorsArgs extends PaginationArgs {
  @Field(() => ActorFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActorFilter)
  filter?: ActorFilter;
}
