import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One write in the audit trail: who, when, which operation, which nodes.' })
export class Change {
  @Field(() => ID) id!: string;
  @Field(() => Date) at!: Date;
  @Field({ description: 'The API key name, "cli" for command-line tools, or "local (no keys)".' })
  by!: string;
  @Field({ description: 'The GraphQL mutation or the CLI command.' }) operation!: string;
  @Field(() => String, { nullable: true }) requestId!: string | null;
  @Field(() => [ID], { description: 'Ids of the nodes the write touched (the first 1,000).' })
  touched!: string[];
  @Field(() => Int) touchedCount!: number;
  @Field(() => ID, {
    nullable: true,
    description:
      'For an entry brought from another installation by an import: the id of that import’s own entry. Null for writes made here.',
  })
  importedIn!: string | null;
}
