import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('EntityCounts', { description: 'How many entities of each kind.' })
export class EntityCountsModel {
  @Field(() => Int) actors!: number;
  @Field(() => Int) issues!: number;
  @Field(() => Int) sources!: number;
  @Field(() => Int) events!: number;
  @Field(() => Int) proposals!: number;
  @Field(() => Int) positions!: number;
  @Field(() => Int, { description: 'Audit-trail entries (a file exported with its changes).' })
  changes!: number;
}

@ObjectType('ImportReport', {
  description: 'What an import did: created entities, and those that existed already.',
})
export class ImportReportModel {
  @Field() datasetId!: string;
  @Field(() => EntityCountsModel) created!: EntityCountsModel;
  @Field(() => EntityCountsModel, {
    description: 'Ids that existed before: updated to the file, or unchanged.',
  })
  unchanged!: EntityCountsModel;
  @Field(() => Int) relations!: number;
}
