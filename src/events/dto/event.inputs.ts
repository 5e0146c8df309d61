import { ArgsType, Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
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
  ValidateNested,
} from 'class-validator';
import { MAX_PAGE_SIZE } from '../../common/dto/pagination.args';
import { IsOptionalSlug } from '../../common/dto/validators';
import { EventKind } from '../models/event.model';

@InputType()
export class ParticipantInput {
  @Field(() => ID) @IsString() actor!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) role?: string;
}

@InputType()
export class CreateEventInput {
  @Field(() => ID, { nullable: true, description: 'A slug; derived from the name when omitted.' })
  @IsOptionalSlug()
  id?: string;

  @Field() @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @Field(() => EventKind) @IsEnum(EventKind) kind!: EventKind;
  @Field(() => Date) @IsDate() date!: Date;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) place?: string;

  @Field(() => [ParticipantInput], { nullable: true, description: 'Actors who took part (added on update).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ParticipantInput)
  participants?: ParticipantInput[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Ids of sources that report the event (added on update).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  reportedBy?: string[];
}

@InputType()
export class UpdateEventInput extends PartialType(CreateEventInput) {
  @Field(() => ID) @IsString() declare id: string;
}

@ArgsType()
export class EventsArgs {
  @Field(() => Date, { nullable: true, description: 'Only events on or after this instant.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Only events on or before this instant.' })
  @IsOptional()
  @IsDate()
  to?: Date;

  @Field(() => ID, { nullable: true, description: 'Only events this actor took part in.' })
  @IsOptional()
  @IsString()
  actor?: string;

  @Field(() => Int, { defaultValue: 100, description: `At most this many events, 1-${MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 100;
}
