import { buildSchema, execute, GraphQLResolveInfo, parse } from 'graphql';
import { selectedFieldNames } from './selection';

const schema = buildSchema(`
  type Evidence { quote: String }
  type Position { id: ID, evidence: [Evidence] }
  type PositionEdge { node: Position }
  type PositionConnection { edges: [PositionEdge] }
  type Query { positions: [Position], page: PositionConnection }
`);

/** Runs `query` and returns the field names selectedFieldNames saw below `root` (at `path`). */
function selected(query: string, root: 'positions' | 'page' = 'positions', path: string[] = []): string[] {
  let answer: string[] | undefined;
  const capture = (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
    answer = [...selectedFieldNames(info, path)].sort();
    return null;
  };
  const rootValue = { [root]: capture };
  const result = execute({ schema, document: parse(query), rootValue });
  if ('errors' in result && result.errors) throw result.errors[0];
  if (answer === undefined) throw new Error('the resolver did not run');
  return answer;
}

const evidenceSelected = (query: string) => selected(query).includes('evidence');

describe('selectedFieldNames', () => {
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

  it('follows a path into a connection, merging every place the path is selected', () => {
    const query = `{ page { edges { node { id } } ...More } } fragment More on PositionConnection {
      edges { node { evidence { quote } } } }`;
    expect(selected(query, 'page', ['edges', 'node'])).toEqual(['evidence', 'id']);
    expect(selected('{ page { edges { node { id } } } }', 'page', ['missing'])).toEqual([]);
  });
});
