import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Actor } from '../../actors/models/actor.model';

export enum Stance {
  SUPPORTS = 'SUPPORTS',
  OPPOSES = 'OPPOSES',
  MIXED = 'MIXED',
}
registerEnumType(Stance, { name: 'Stance' });

@ObjectType({ description: 'A plan or counter-proposal; its terms are the positions it holds.' })
export class Proposal {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Date, { nullable: true }) date!: Date | null;
  @Field(() => String, { nullable: true }) description!: string | null;
}

@ObjectType({ description: "An actor's reaction to a proposal, with the quote that shows it." })
export class Reaction {
  @Field(() => Actor) actor!: Actor;
  @Field(() => Stance) stance!: Stance;
  @Field(() => String, { nullable: true }) quote!: string | null;
  /** Id of the source of the quote; resolved by the resolver. */
  sourceId!: string | null;
}
