import { createUnionType, Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Actor } from '../../actors/models/actor.model';
import { Issue } from '../../issues/models/issue.model';
import { Proposal } from '../../proposals/models/proposal.model';
import { Source } from '../../sources/models/source.model';

export const Holder = createUnionType({
  name: 'Holder',
  description: 'Who holds a position: an actor, or a proposal (its terms).',
  types: () => [Actor, Proposal] as const,
  resolveType: (value: { holderType?: string }) => (value.holderType === 'Proposal' ? Proposal : Actor),
});

@ObjectType({ description: "A holder's stance on an issue over a period; versioned, never overwritten." })
export class Position {
  @Field(() => ID) id!: string;
  @Field(() => Float, { description: "Where the holder stands on the issue's 0-100 scale." }) value!: number;
  @Field(() => Float, { description: 'How much the issue matters to the holder, 0-1.' }) salience!: number;
  @Field(() => Float, { nullable: true }) acceptableMin!: number | null;
  @Field(() => Float, { nullable: true }) acceptableMax!: number | null;
  @Field({ description: 'The acceptable range is declared non-negotiable.' }) redLine!: boolean;
  @Field(() => String, { nullable: true }) statement!: string | null;
  @Field(() => String, { nullable: true, description: 'How the numbers were coded from the evidence.' })
  codingNote!: string | null;
  @Field(() => Float, { description: "The coder's certainty about the numeric coding, 0-1." })
  codingConfidence!: number;
  @Field(() => Date) validFrom!: Date;
  @Field(() => Date, { nullable: true, description: 'Null while the position is current.' })
  validTo!: Date | null;
  @Field(() => Date) recordedAt!: Date;
  @Field(() => Float, { description: "From the evidence: 1 - Π(1 - r) over its sources' reliability." })
  confidence!: number;
  holderId!: string;
  issueId!: string;
  /** What the read that found this position also returned, so field resolvers need no round trip. */
  related?: PositionRelations;
}

export type HolderValue = (Actor | Proposal) & { holderType: 'Actor' | 'Proposal' };

export interface PositionRelations {
  issue?: Issue;
  holder?: HolderValue;
  evidence?: Evidence[];
}

@ObjectType({ description: 'A verbatim quote from a source that evidences a position.' })
export class Evidence {
  @Field() quote!: string;
  @Field(() => Source) source!: Source;
}
