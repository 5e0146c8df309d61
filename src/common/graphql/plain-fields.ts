import { GraphQLFieldResolver, GraphQLSchema, isObjectType } from 'graphql';

/**
 * The source of the resolver NestJS (code first) gives every `@Field` property: it reads the
 * property and falls back to the field's `defaultValue`. Recognised by its text, then probed.
 */
const NEST_PROPERTY_READER =
  /^\(root\)\s*=>\s*\{\s*const value = root\[field\.name\];\s*return typeof value === 'undefined' \? field\.options\.defaultValue : value;\s*\}$/;

/**
 * Removes NestJS's resolver from fields that only read the property of the same name: without
 * a resolver, graphql-jit reads the property inline instead of calling a function with its own
 * arguments, resolve info and path objects for every field of every item. On a page of 500
 * positions that was three calls per position and about 1.5 KB of garbage each. graphql-js
 * behaves the same either way (its default resolver reads the property). Fields whose property
 * has another name, that have a default value, field middleware, or a resolver of their own are
 * left as they are. Returns the names of the fields it changed, for tests.
 */
export function inlinePlainFields(schema: GraphQLSchema): string[] {
  const inlined: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve && readsOwnPropertyOnly(field.resolve, field.name)) {
        field.resolve = undefined;
        inlined.push(`${type.name}.${field.name}`);
      }
    }
  }
  return inlined;
}

/**
 * Whether `resolve` is NestJS's property reader for the property `name` without a default value:
 * its text says it reads `root[field.name]`, and two probes show that name is `name` and that a
 * missing property gives undefined (the same as graphql's default resolver would).
 */
function readsOwnPropertyOnly(resolve: GraphQLFieldResolver<unknown, unknown>, name: string): boolean {
  if (!NEST_PROPERTY_READER.test(resolve.toString())) return false;
  const probe = Symbol('probe');
  const read = resolve as (root: object) => unknown;
  return read({ [name]: probe }) === probe && read({}) === undefined;
}
