import { defaultFieldResolver, GraphQLField, GraphQLSchema, isObjectType } from 'graphql';

/** The value a field already has on its parent object for these arguments, or undefined if none. */
export type PreloadedValue = (source: unknown, args: Record<string, unknown>) => unknown;

/** The field `typeName.fieldName` of `schema`, to give it a resolver; throws when there is none. */
export function objectField(
  schema: GraphQLSchema,
  typeName: string,
  fieldName: string,
): GraphQLField<unknown, unknown> {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type of the schema`);
  const field = type.getFields()[fieldName];
  if (!field) throw new Error(`${typeName}.${fieldName} is not a field of the schema`);
  return field;
}

/**
 * Lets `typeName.fieldName` answer with what `preloaded` finds on the parent object before calling
 * its resolver. A list of hundreds of objects would otherwise go that many times through the
 * resolver and its loader (a promise each) and, for a field with arguments, the framework's
 * per-call pipeline (argument validation, more promises), only to return a value the object
 * holds. Objects without the value still reach the resolver (and its loader).
 */
export function answerFromSourceFirst(
  schema: GraphQLSchema,
  typeName: string,
  fieldName: string,
  preloaded: PreloadedValue,
): GraphQLSchema {
  const field = objectField(schema, typeName, fieldName);
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args, context, info) => {
    const value = preloaded(source, args);
    return value !== undefined ? value : resolve(source, args, context, info);
  };
  return schema;
}

/**
 * Lets `fields` of `typeName` answer from what the read that produced the object already brought
 * (its `related` member), such as a page of 500 positions asking for `holder`.
 */
export function answerPreloadedFirst(
  schema: GraphQLSchema,
  typeName: string,
  fields: string[],
): GraphQLSchema {
  for (const name of fields) {
    answerFromSourceFirst(
      schema,
      typeName,
      name,
      (source) => (source as { related?: Record<string, unknown> } | null)?.related?.[name],
    );
  }
  return schema;
}
