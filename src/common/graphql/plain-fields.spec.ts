import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  Field,
  FieldMiddleware,
  GraphQLSchemaBuilderModule,
  GraphQLSchemaFactory,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { execute, GraphQLObjectType, GraphQLSchema, parse } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { inlinePlainFields } from './plain-fields';

const shout: FieldMiddleware = async (_context, next) => String(await next()).toUpperCase();

@ObjectType()
class Item {
  @Field()
  id!: string;

  @Field(() => Number)
  value!: number;

  @Field({ name: 'label' })
  title!: string;

  @Field(() => Number, { defaultValue: 7 })
  score?: number;

  @Field({ middleware: [shout] })
  note!: string;
}

const items = [
  { id: 'a', value: 1, title: 'first', score: 2, note: 'hello' },
  { id: 'b', value: 0, title: 'second', note: 'bye' },
];

@Resolver(() => Item)
class ItemsResolver {
  @Query(() => [Item])
  items() {
    return items;
  }
}

describe('inlinePlainFields', () => {
  let app: INestApplication;
  let schema: GraphQLSchema;
  let inlined: string[];

  beforeAll(async () => {
    app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
    await app.init();
    // The schema NestJS builds for code-first types, with the property resolvers it gives fields.
    schema = await app.get(GraphQLSchemaFactory).create([ItemsResolver]);
    schema.getQueryType()!.getFields().items.resolve = () => items;
    inlined = inlinePlainFields(schema);
  });

  afterAll(() => app.close());

  it("removes NestJS's resolver only from fields that read their own property without a default", () => {
    expect(inlined.filter((name) => name.startsWith('Item.')).sort()).toEqual(['Item.id', 'Item.value']);
    const fields = (schema.getType('Item') as GraphQLObjectType).getFields();
    expect(fields.id.resolve).toBeUndefined();
    expect(fields.label.resolve).toBeDefined();
    expect(fields.score.resolve).toBeDefined();
    expect(fields.note.resolve).toBeDefined();
  });

  it('answers the same with graphql-js and graphql-jit: renamed, defaulted and middleware fields intact', async () => {
    const document = parse('{ items { id value label score note } }');
    const expected = {
      items: [
        { id: 'a', value: 1, label: 'first', score: 2, note: 'HELLO' },
        { id: 'b', value: 0, label: 'second', score: 7, note: 'BYE' },
      ],
    };
    expect((await execute({ schema, document, contextValue: {} })).data).toEqual(expected);
    const compiled = compileQuery(schema, document);
    if (!isCompiledQuery(compiled)) throw new Error(JSON.stringify(compiled.errors));
    expect((await compiled.query(undefined, {}, {})).data).toEqual(expected);
  });
});
