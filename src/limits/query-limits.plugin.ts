import { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from '../common/dto/pagination.args';

/**
 * A list field costs `first` (default 1) times its selection; every other field costs 1 more
 * than its children. `first` counts up to the page-size maximum: a larger one is refused by
 * validation with a message about `first` itself.
 */
export function pageAwareEstimator({ args, childComplexity }: ComplexityEstimatorArgs): number {
  const first = typeof args.first === 'number' && args.first > 0 ? Math.min(args.first, MAX_PAGE_SIZE) : 1;
  return 1 + childComplexity * first;
}

/** The deepest nesting of field selections in an operation, following fragments. */
export function operationDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const operation =
    operations.find((op) => !operationName || op.name?.value === operationName) ?? operations[0];
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let deepest = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, seen) : 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
      } else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        deepest = Math.max(
          deepest,
          depthOf(fragment?.selectionSet, new Set([...seen, selection.name.value])),
        );
      }
    }
    return deepest;
  };
  return operation ? depthOf(operation.selectionSet, new Set()) : 0;
}

/**
 * Refuses queries deeper or costlier than configured, before any resolver runs, with the codes
 * QUERY_TOO_DEEP and QUERY_TOO_COMPLEX.
 */
export function queryLimitsPlugin(limits: { maxDepth: number; maxComplexity: number }): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          const depth = operationDepth(document, operationName);
          if (depth > limits.maxDepth) {
            throw new GraphQLError(`the query is ${depth} levels deep; the limit is ${limits.maxDepth}`, {
              extensions: { code: 'QUERY_TOO_DEEP', depth, limit: limits.maxDepth, http: { status: 400 } },
            });
          }
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [pageAwareEstimator],
            });
          } catch {
            // Invalid variables: execution refuses them next with a precise BAD_USER_INPUT.
            return;
          }
          if (complexity > limits.maxComplexity) {
            throw new GraphQLError(
              `the query would cost ${complexity}; the limit is ${limits.maxComplexity} (ask for smaller pages)`,
              {
                extensions: {
                  code: 'QUERY_TOO_COMPLEX',
                  complexity,
                  limit: limits.maxComplexity,
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}
