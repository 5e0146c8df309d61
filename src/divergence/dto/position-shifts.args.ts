import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';

@ArgsType()
export class PositionShiftsArgs {
  @Field(() => Date) from!: Date;
  @Field(() => Date, { description: 'Must be after `from`.' }) to!: Date;

  @Field(() => ID, { nullable: true, description: 'Only the shifts of this actor.' })
  @IsOptional()
  @IsString()
  actor?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this issue.' })
  @IsOptional()
  @IsString()
  issue?: string | null;
}
