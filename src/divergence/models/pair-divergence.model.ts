import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/graphql/connection';
import { PositionPoint } from '../math';

@ObjectType({
  description:
    'One shared issue of a pair: d_k = |v_a − v_b| / 100 and w_k = (s_a + s_b) / 2, with both positions.',
})
export class IssueDistance {
  @Field(() => Float, { description: 'd_k = |v_a − v_b| / 100, in [0, 1].' }) distance!: number;
  @Field(() => Float, { description: 'w_k = (s_a + s_b) / 2.' }) weight!: number;
  issueId!: string;
  positionAId!: string;
  positionBId!: string;
}

@ObjectType({
  description:
    'Divergence of two actors over the issues both hold a position on at asOf: ' +
    'D(a,b) = Σ w_k d_k / Σ w_k.',
})
export class PairDivergence {
  @Field(() => Float, {
    nullable: true,
    description: 'D(a,b) in [0, 1]; null when the pair shares no issue or every weight is 0.',
  })
  divergence!: number | null;

  @Field(() => Int, { description: '|K(a,b)|: the issues both actors hold a position on.' })
  sharedIssues!: number;

  @Field(() => Int, {
    description: 'Shared issues on which the two acceptable ranges clash over a red line.',
  })
  redLineConflicts!: number;

  @Field(() => Date, { description: 'The instant the positions were taken at.' }) asOf!: Date;

  @Field(() => [ID], {
    nullable: true,
    description: 'The issues the computation was limited to; null = all.',
  })
  issueFilter!: string[] | null;

  aId!: string;
  bId!: string;
  /** a's and b's positions in scope; perIssue is computed from them when asked for. */
  pointsA!: readonly PositionPoint[];
  pointsB!: readonly PositionPoint[];
}

@ObjectType({ description: 'Actor pairs, largest divergence first (undefined divergence last).' })
export class PairConnection extends Connection(PairDivergence) {
  @Field(() => Date) asOf!: Date;

  @Field(() => Int, { description: 'Number of actors paired (totalCount = n(n − 1) / 2).' })
  actorCount!: number;

  @Field(() => Int, { description: 'Number of issues with at least one position of these actors.' })
  issueCount!: number;

  @Field(() => [ID], {
    nullable: true,
    description: 'The issues the computation was limited to; null = all.',
  })
  issueFilter!: string[] | null;

  actorIds!: string[];
}
