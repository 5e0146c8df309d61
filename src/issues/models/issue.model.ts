import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum IssueCategory {
  TERRITORY = 'TERRITORY',
  SECURITY_GUARANTEES = 'SECURITY_GUARANTEES',
  SANCTIONS = 'SANCTIONS',
  CEASEFIRE = 'CEASEFIRE',
  GOVERNANCE = 'GOVERNANCE',
  HUMANITARIAN = 'HUMANITARIAN',
  ECONOMIC = 'ECONOMIC',
  OTHER = 'OTHER',
}
registerEnumType(IssueCategory, { name: 'IssueCategory' });

@ObjectType({ description: 'A negotiation issue with a 0-100 scale whose ends are labelled.' })
export class Issue {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => IssueCategory) category!: IssueCategory;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field({ description: 'What a value of 0 means on this issue.' }) scaleMin!: string;
  @Field({ description: 'What a value of 100 means on this issue.' }) scaleMax!: string;
  /** Id of the parent issue; resolved to `parent` by the resolver. */
  parentId!: string | null;
  /** Set by reads that counted positions (at their asOf), e.g. issues ordered by POSITION_COUNT. */
  positionCount?: number;
}

export enum IssueOrder {
  ID = 'ID',
  POSITION_COUNT = 'POSITION_COUNT',
}
registerEnumType(IssueOrder, {
  name: 'IssueOrder',
  valuesMap: {
    ID: { description: 'By id, ascending.' },
    POSITION_COUNT: { description: 'Most positions valid at asOf first; ties by id.' },
  },
});
