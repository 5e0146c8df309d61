import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Actor } from '../../actors/models/actor.model';

export enum EventKind {
  MEETING = 'MEETING',
  STATEMENT = 'STATEMENT',
  PROPOSAL = 'PROPOSAL',
}
registerEnumType(EventKind, { name: 'EventKind' });

@ObjectType({ description: 'A meeting, statement or proposal at a date.' })
export class Event {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => EventKind) kind!: EventKind;
  @Field(() => Date) date!: Date;
  @Field(() => String, { nullable: true }) place!: string | null;
}

@ObjectType({ description: 'An actor who took part in an event, and in which role.' })
export class Participation {
  @Field(() => Actor) actor!: Actor;
  @Field(() => String, { nullable: true }) role!: string | null;
}
