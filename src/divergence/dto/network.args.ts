import { ArgsType, Field, Float, ID } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsNumber, IsOptional } from 'class-validator';
import { Measure, Normalization } from '../models/network.model';
import { AsOfArgs, IdList } from './divergence.args';

@ArgsType()
export class DisagreementNetworkArgs extends AsOfArgs {
  @Field(() => Measure, { defaultValue: Measure.DIVERGENCE })
  @IsEnum(Measure)
  measure: Measure = Measure.DIVERGENCE;

  @Field(() => Normalization, { defaultValue: Normalization.NONE })
  @IsEnum(Normalization)
  normalization: Normalization = Normalization.NONE;

  @Field(() => Float, {
    nullable: true,
    description: 'Drop edges whose weight is below this; in [0, 1] for DIVERGENCE.',
  })
  @IsOptional()
  @IsNumber()
  minWeight?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Only these issues; default all.' })
  @IdList()
  issues?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only these actors; default every actor with a position.',
  })
  @IdList()
  actors?: string[] | null;

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'Compute betweenness (costly on large networks).',
  })
  @IsBoolean()
  betweenness = true;
}
