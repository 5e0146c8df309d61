import { ApolloServerPlugin } from '@apollo/server';
import {
  ASTNode,
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  visit,
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
 * The variables an operation's cost can depend on: those inside a `first` argument (the
 * estimator's only argument) or a directive (`@include`, `@skip`). Other variables — ids, cursors,
 * dates — do not change the cost, so requests that differ only in them share one computation.
 */
export function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (node: ASTNode) =>
    visit(node, { Variable: (variable) => void names.add(variable.name.value) });
  visit(document, {
    Argument: (argument) => {
      if (argument.name.value === 'first') collect(argument.value);
    },
    Directive: (directive) => {
      collect(directive);
      return false;
    },
  });
  return [...names].sort();
}

interface DocumentLimits {
  readonly costVariables: string[];
  readonly depth: Map<string, number>;
  readonly complexity: Map<string, number>;
}

/** Keep so many distinct cost computations per document at most: variables come from clients. */
const MAX_COSTS_PER_DOCUMENT = 64;

/**
 * Refuses queries deeper or costlier than configured, before any resolver runs, with the codes
 * QUERY_TOO_DEEP and QUERY_TOO_COMPLEX. Apollo keeps one parsed document per distinct query text,
 * so depth and cost are computed once per document, operation and cost-relevant variables.
 */
export function queryLimitsPlugin(limits: { maxDepth: number; maxComplexity: number }): ApolloServerPlugin {
  const known = new WeakMap<DocumentNode, DocumentLimits>();
  const limitsOf = (document: DocumentNode): DocumentLimits => {
    let entry = known.get(document);
    if (!entry) {
      entry = { costVariables: costVariables(document), depth: new Map(), complexity: new Map() };
      known.set(document, entry);
    }
    return entry;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          const entry = limitsOf(document);
          const operation = operationName ?? '';
          let depth = entry.depth.get(operation);
          if (depth === undefined) {
            depth = operationDepth(document, operationName);
            entry.depth.set(operation, depth);
          }
          if (depth > limits.maxDepth) {
            throw new GraphQLError(`the query is ${depth} levels deep; the limit is ${limits.maxDepth}`, {
              extensions: { code: 'QUERY_TOO_DEEP', depth, limit: limits.maxDepth, http: { status: 400 } },
            });
          }
          const variables = request.variables ?? {};
          const key = JSON.stringify([operation, ...entry.costVariables.map((name) => variables[name])]);
          let complexity = entry.complexity.get(key);
          if (complexity === undefined) {
            try {
              complexity = getComplexity({
                schema,
                query: document,
                operationName: operationName ?? undefined,
                variables,
                estimators: [pageAwareEstimator],
              });
            } catch {
              // Invalid variables: execution refuses them next with a precise BAD_USER_INPUT.
              return;
            }
            if (entry.complexity.size >= MAX_COSTS_PER_DOCUMENT) entry.complexity.clear();
            entry.complexity.set(key, complexity);
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
