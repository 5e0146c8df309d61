import { buildSchema, execute, GraphQLResolveInfo, parse } from 'graphql';
import { selectsField } from './selection';

/** Runs `query` against a tiny schema and returns what selectsField said for `evidence` on `positions`. */
function evidenceSelected(query: string): boolean {
  const schema = buildSchema(`
    type Evidence { quote: String }
    type Position { id: ID, evidence: [Evidence] }
    type Query { positions: [Position] }
  `);
  let answer: boolean | undefined;
  const rootValue = {
    positions: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
      answer = selectsField(info, 'evidence');
      return [];
    },
  };
  const result = execute({ schema, document: parse(query), rootValue });
  if ('errors' in result && result.errors) throw result.errors[0];
  if (answer === undefined) throw new Error('the resolver did not run');
  return answer;
}

describe('selectsField', () => {
  it('sees a direct selection and its absence', () => {
    expect(evidenceSelected('{ positions { id evidence { quote } } }')).toBe(true);
    expect(evidenceSelected('{ positions { id } }')).toBe(false);
  });

  it('looks through inline fragments and named fragments', () => {
    expect(evidenceSelected('{ positions { ... on Position { evidence { quote } } } }')).toBe(true);
    expect(
      evidenceSelected('query { positions { ...P } } fragment P on Position { evidence { quote } }'),
    ).toBe(true);
    expect(evidenceSelected('query { positions { ...P } } fragment P on Position { id }')).toBe(false);
  });

  it('sees an aliased selection by its field name', () => {
    expect(evidenceSelected('{ positions { quotes: evidence { quote } } }')).toBe(true);
  });
});
