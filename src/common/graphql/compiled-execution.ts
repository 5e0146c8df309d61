import type { ApolloServerOptions, BaseContext } from '@apollo/server';
import {
  DocumentNode,
  execute,
  ExecutionResult,
  getNamedType,
  GraphQLError,
  GraphQLSchema,
  isInputObjectType,
  OperationDefinitionNode,
  typeFromAST,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

type Gateway = NonNullable<ApolloServerOptions<BaseContext>['gateway']>;
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type GatewayResult = Awaited<ReturnType<Executor>>;
/** A compiled operation, or the errors that kept it from compiling, or null: run by graphql-js. */
type Compiled = { operation: OperationDefinitionNode; query: CompiledQuery | ExecutionResult } | null;

/**
 * Executes operations with graphql-jit instead of graphql-js where it is safe: each distinct
 * operation is compiled once into a JavaScript function that walks its selection directly, which
 * answers large results (hundreds of positions, thousands of fields) with a fraction of
 * graphql-js's per-field work. Apollo still parses, validates, runs the plugins and formats
 * errors; it calls this for the execution step only, through its gateway interface (the one hook
 * Apollo Server 5 keeps for replacing the executor). Nest hands over the final schema with
 * `useSchema` (transformSchema).
 *
 * Operations with a variable of an input object type run on graphql-js: graphql-jit 0.8 does not
 * apply the default values of input fields given through variables (`$filter: PositionFilter`
 * without `redLineOnly` would be refused). So does any operation graphql-jit fails to compile.
 */
export class CompiledExecution implements Gateway {
  private schema: GraphQLSchema | null = null;
  /** Keyed by the document Apollo's document store keeps for a query text, then by operation name. */
  private readonly compiled = new WeakMap<DocumentNode, Map<string, Compiled>>();

  useSchema(schema: GraphQLSchema): GraphQLSchema {
    this.schema = schema;
    return schema;
  }

  onSchemaLoadOrUpdate(callback: Parameters<Gateway['onSchemaLoadOrUpdate']>[0]) {
    callback({ apiSchema: this.requireSchema(), coreSupergraphSdl: '' });
    return () => undefined;
  }

  load(): Promise<{ executor: Executor }> {
    const executor: Executor = async ({ document, operationName, context, request }) => {
      const schema = this.requireSchema();
      const variableValues = request.variables ?? {};
      const compiled = this.compile(document, operationName ?? undefined);
      if (compiled === null) {
        const result = await execute({
          schema,
          document,
          contextValue: context,
          variableValues,
          operationName,
        });
        return result as GatewayResult;
      }
      // Variables are checked as graphql-js checks them, so that bad ones get the same errors.
      const variables = getVariableValues(
        schema,
        compiled.operation.variableDefinitions ?? [],
        variableValues,
      );
      if (variables.errors) return { errors: variables.errors } as GatewayResult;
      const result = isCompiledQuery(compiled.query)
        ? await compiled.query.query(undefined, context, variableValues)
        : compiled.query;
      return (
        result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result
      ) as GatewayResult;
    };
    return Promise.resolve({ executor });
  }

  stop(): Promise<void> {
    return Promise.resolve();
  }

  private compile(document: DocumentNode, operationName: string | undefined): Compiled {
    let byOperation = this.compiled.get(document);
    if (!byOperation) this.compiled.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    if (!byOperation.has(key)) {
      const schema = this.requireSchema();
      const operation = findOperation(document, operationName);
      byOperation.set(
        key,
        !operation || hasInputObjectVariable(schema, operation)
          ? null
          : compileOrNull(schema, document, operation, operationName),
      );
    }
    return byOperation.get(key) ?? null;
  }

  private requireSchema(): GraphQLSchema {
    if (!this.schema) throw new Error('the GraphQL schema was not built before the server started');
    return this.schema;
  }
}

/** The compiled operation, or null (run by graphql-js) should graphql-jit fail on a valid operation. */
function compileOrNull(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  operationName: string | undefined,
): Compiled {
  try {
    return {
      operation,
      query: compileQuery(schema, document, operationName) as CompiledQuery | ExecutionResult,
    };
  } catch {
    return null;
  }
}

function findOperation(document: DocumentNode, operationName: string | undefined) {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
  );
  return operationName === undefined
    ? operations[0]
    : operations.find((candidate) => candidate.name?.value === operationName);
}

function hasInputObjectVariable(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  return (operation.variableDefinitions ?? []).some((variable) => {
    const type = typeFromAST(schema, variable.type);
    return type !== undefined && isInputObjectType(getNamedType(type));
  });
}

/**
 * graphql-jit's errors leave `extensions` undefined, where graphql-js always has an object (Apollo
 * reads its `code`): the same error as graphql-js would give it, keeping the original and the path.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const converted = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? {},
  });
  // Locations come from the query's nodes, which graphql-jit's errors no longer carry.
  (converted as { locations: GraphQLError['locations'] }).locations = error.locations;
  return converted;
}
