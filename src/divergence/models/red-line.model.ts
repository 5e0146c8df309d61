import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'Two acceptable ranges on one issue that do not overlap, at least one a red line; ' +
    'gap = max(lo_a, lo_b) − min(hi_a, hi_b).',
})
export class RedLineConflict {
  @Field(() => Float, { description: 'Distance between the two ranges on the 0-100 scale.' }) gap!: number;
  issueId!: string;
  /** The pair in id order. */
  aId!: string;
  bId!: string;
  positionAId!: string;
  positionBId!: string;
  redLineHolderIds!: string[];
}

@ObjectType({
  description: 'Red-line conflicts at asOf, largest gap first, with what they were computed over.',
})
export class RedLineConflictReport {
  @Field(() => Date) asOf!: Date;
  @Field(() => [RedLineConflict]) conflicts!: RedLineConflict[];
  @Field(() => Int, { description: 'Number of actor positions compared.' }) n!: number;
  @Field(() => Int, { description: 'Number of actors with a position in scope.' }) actorCount!: number;
  @Field(() => Int, { description: 'Number of issues in scope.' }) issueCount!: number;
  issueId!: string | null;
  actorId!: string | null;
}
