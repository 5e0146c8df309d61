import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum OutcomeRule {
  MEAN = 'MEAN',
  MEDIAN = 'MEDIAN',
}
registerEnumType(OutcomeRule, {
  name: 'OutcomeRule',
  description: 'MEAN: Σ c s v / Σ c s. MEDIAN: the c·s-weighted median.',
});

@ObjectType({ description: 'Predicted outcome and polarization of one issue at asOf, over the actors.' })
export class IssueSummary {
  @Field(() => Float, {
    nullable: true,
    description: 'Capability × salience weighted outcome on the 0-100 scale; null when the weights sum to 0.',
  })
  predictedOutcome!: number | null;

  @Field(() => OutcomeRule) outcomeRule!: OutcomeRule;
  @Field(() => Float, { nullable: true, description: 'max v − min v.' }) range!: number | null;

  @Field(() => Float, { nullable: true, description: 'm = Σ s v / Σ s.' })
  weightedMean!: number | null;

  @Field(() => Float, { nullable: true, description: 'sqrt(Σ s (v − m)² / Σ s).' })
  weightedStdDev!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Esteban–Ray polarization, 1 for two equal groups at 0 and 100.',
  })
  estebanRay!: number | null;

  @Field(() => Float, { description: 'The Esteban–Ray sensitivity α used, in (0, 2].' }) alpha!: number;
  @Field(() => Int, { description: 'Number of positions the figures are computed over.' }) n!: number;
  @Field(() => Date) asOf!: Date;
  issueId!: string;
  partyIds!: string[];
  positionIds!: string[];
}
