import { FieldNode, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { checkedArguments } from '../validation';
import { objectField } from './preloaded-fields';

/**
 * How a field with arguments answers for each object of a list: `prepare` makes a plan from the
 * field's checked arguments, the request's context and the query (a loader for the selection
 * asked), `resolve` answers one parent object with it.
 */
export interface DirectField<Args extends object, Plan> {
  args: new () => Args;
  prepare: (args: Args, context: object, info: GraphQLResolveInfo) => Plan;
  resolve: (parent: never, plan: Plan) => unknown;
}

/**
 * Lets `typeName.fieldName` answer through `field` instead of its NestJS resolver: its arguments
 * are checked (as ArgsValidationPipe checks them) and its plan made once per request and field of
 * the query, since they depend on nothing else (the field's arguments, the variables, the
 * selection below it), then `resolve` runs for each parent object.
 * Why: NestJS runs a field resolver with arguments through its per-call pipeline (parameter
 * factories, pipes, a chain of promises each seen by AsyncLocalStorage) for every object of a
 * list, and the resolver then checked the same arguments, parsed the same selection and built the
 * same loader key each time: `actors(first: 300) { positions(issue: ...) }` spent 20–25 ms there.
 * NestJS runs no guards, interceptors or filters on field resolvers here (the GraphQL module's
 * `fieldResolverEnhancers` is empty; guards run on root fields): only the argument pipe is left
 * out of its pipeline, and this runs its check.
 */
export function resolveDirectly<Args extends object, Plan>(
  schema: GraphQLSchema,
  typeName: string,
  fieldName: string,
  field: DirectField<Args, Plan>,
): GraphQLSchema {
  const schemaField = objectField(schema, typeName, fieldName);
  // Per request (its context object), the plan of each field node of the query.
  const plans = new WeakMap<object, Map<FieldNode, Plan>>();
  schemaField.resolve = (parent, args, requestContext, info) => {
    const context = requestContext as object;
    let ofRequest = plans.get(context);
    if (ofRequest === undefined) {
      ofRequest = new Map();
      plans.set(context, ofRequest);
    }
    const node = info.fieldNodes[0];
    if (!ofRequest.has(node))
      ofRequest.set(node, field.prepare(checkedArguments(field.args, args), context, info));
    return field.resolve(parent as never, ofRequest.get(node) as Plan);
  };
  return schema;
}
