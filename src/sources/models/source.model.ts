import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum Reliability {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
  E = 'E',
  F = 'F',
}
registerEnumType(Reliability, {
  name: 'Reliability',
  description: 'Admiralty code: A completely reliable ... E unreliable, F cannot be judged.',
});

@ObjectType({ description: 'A publication that evidences positions and reports events.' })
export class Source {
  @Field(() => ID) id!: string;
  @Field() publisher!: string;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Reliability) reliability!: Reliability;
}
