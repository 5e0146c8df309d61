import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Position } from '../../positions/models/position.model';

export enum ShiftKind {
  APPEARED = 'APPEARED',
  DISAPPEARED = 'DISAPPEARED',
  CHANGED = 'CHANGED',
}
registerEnumType(ShiftKind, {
  name: 'ShiftKind',
  description: 'APPEARED: no position at `from`; DISAPPEARED: none at `to`; CHANGED: another version.',
});

@ObjectType({ description: "A change of an actor's position on an issue between `from` and `to`." })
export class PositionShift {
  @Field(() => ShiftKind) kind!: ShiftKind;
  @Field(() => Position, { nullable: true, description: 'The position valid at `from`.' })
  before!: Position | null;

  @Field(() => Position, { nullable: true, description: 'The position valid at `to`.' })
  after!: Position | null;

  @Field(() => Float, {
    nullable: true,
    description: 'after.value − before.value; null when one is missing.',
  })
  delta!: number | null;

  holderId!: string;
  issueId!: string;
  closerToIds!: string[];
  furtherFromIds!: string[];
}

@ObjectType({ description: 'Position changes between two instants, by actor then issue.' })
export class PositionShiftReport {
  @Field(() => Date) from!: Date;
  @Field(() => Date) to!: Date;
  @Field(() => [PositionShift]) shifts!: PositionShift[];
  @Field(() => Int, { description: 'Number of shifts.' }) n!: number;
  @Field(() => Int, { description: 'Number of actor × issue pairs compared.' }) compared!: number;
  actorId!: string | null;
  issueId!: string | null;
}
