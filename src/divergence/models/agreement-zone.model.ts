import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'Zone of possible agreement on one issue: Z = [max lo, min hi] over the parties with a known ' +
    'acceptable range; empty (max lo > min hi) is a deadlock.',
})
export class AgreementZone {
  @Field({ description: 'True when no outcome is acceptable to every party: max lo > min hi.' })
  deadlock!: boolean;

  @Field(() => Float, {
    nullable: true,
    description: 'max lo over the parties; null when no range is known.',
  })
  lower!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'min hi over the parties; null when no range is known.',
  })
  upper!: number | null;

  @Field(() => Float, { nullable: true, description: 'max lo − min hi when deadlocked, else null.' })
  gap!: number | null;

  @Field(() => Date) asOf!: Date;

  @Field(() => Int, { description: 'Number of positions considered (parties and excluded).' })
  n!: number;

  issueId!: string;
  eventId!: string | null;
  partyIds!: string[];
  excludedIds!: string[];
  withoutPositionIds!: string[];
  floorSetterId!: string | null;
  ceilingSetterId!: string | null;
  positionIds!: string[];
}
