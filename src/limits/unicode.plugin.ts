import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { BAD_INPUT_EXTENSIONS } from '../common/graphql/bad-input';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string in `value` that is not well-formed Unicode (a lone surrogate), if any. */
export function firstIllFormedString(value: unknown, path = '$'): string | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = firstIllFormedString(item, `${path}[${index}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = firstIllFormedString(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Refuses variables holding lone surrogates: such text cannot be stored as UTF-8 verbatim, and
 * silently replacing characters would alter evidence. (Literals are checked by the GraphQL parser.)
 */
export function wellFormedUnicodePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          const path = firstIllFormedString(request.variables ?? {}, 'variables');
          if (path) {
            throw new GraphQLError(`${path} is not well-formed Unicode (it holds a lone surrogate)`, {
              extensions: { ...BAD_INPUT_EXTENSIONS, field: path },
            });
          }
        },
      };
    },
  };
}
