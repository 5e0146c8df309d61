import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ActorKind {
  STATE = 'STATE',
  GOVERNMENT = 'GOVERNMENT',
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
  BLOC = 'BLOC',
}
registerEnumType(ActorKind, { name: 'ActorKind' });

@ObjectType({
  description: 'A party to the negotiations: a state, government, person, organization or bloc.',
})
export class Actor {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ActorKind) kind!: ActorKind;
  @Field(() => [String]) aliases!: string[];
  @Field(() => Float, { description: 'Relative power to shape the outcome, 0-1 (default 1).' })
  capability!: number;
  @Field(() => String, { nullable: true }) description!: string | null;
}
