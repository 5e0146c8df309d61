import { buildSchema, execute, GraphQLResolveInfo, parse } from 'graphql';
import { PositionSelection, positionSelection, relatedNode, selectionParams } from './position-selection';

const schema = buildSchema(`
  type Actor { id: ID, name: String, kind: String, positions: [Position] }
  type Proposal { id: ID, name: String, date: String }
  union Holder = Actor | Proposal
  type Issue { id: ID, name: String, category: String, parent: Issue }
  type Source { id: ID, publisher: String, reliability: String }
  type Evidence { quote: String, source: Source }
  type Position { id: ID, value: Float, holder: Holder, issue: Issue, evidence: [Evidence] }
  type Query { positions: [Position] }
`);

/** What positionSelection makes of the selection below `positions` in `query`. */
function selectionOf(query: string): PositionSelection {
  let answer: PositionSelection | undefined;
  const positions = (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
    answer = positionSelection(info);
    return [];
  };
  const result = execute({ schema, document: parse(query), rootValue: { positions } });
  if ('errors' in result && result.errors) throw result.errors[0];
  if (answer === undefined) throw new Error('the resolver did not run');
  return answer;
}

describe('positionSelection', () => {
  it('reads only the stored properties a query shows of the holder, the issue and the sources', () => {
    expect(
      selectionOf(`{ positions { value
        holder { __typename ... on Actor { id name } ... on Proposal { id date } }
        issue { id category }
        evidence { quote source { publisher } } } }`),
    ).toEqual({
      fields: ['value'],
      holder: true,
      issue: true,
      evidence: true,
      holderFields: ['name', 'date'],
      issueFields: ['category'],
      sourceFields: ['publisher'],
    });
  });

  it('reads a node whole when the query shows more of it than its properties', () => {
    const selection = selectionOf(`{ positions {
      holder { ... on Actor { positions { id } } } issue { parent { id } } evidence { quote } } }`);
    expect(selection).toMatchObject({ holderFields: null, issueFields: null, sourceFields: [] });
  });

  it('leaves the lists null for what the query does not show', () => {
    expect(selectionOf('{ positions { id } }')).toMatchObject({
      holder: false,
      holderFields: null,
      issueFields: null,
      sourceFields: null,
    });
  });
});

describe('relatedNode', () => {
  it('names the values of a list by the properties they were read for', () => {
    expect(relatedNode(['Alpha', null], ['name', 'kind'], 'a')).toEqual({
      id: 'a',
      name: 'Alpha',
      kind: null,
    });
    expect(relatedNode([['x', 'y']], ['aliases'], 'actor-1')).toEqual({ id: 'actor-1', aliases: ['x', 'y'] });
  });

  it('returns a whole node as it came', () => {
    const whole = { id: 'a', name: 'Alpha' };
    expect(relatedNode(whole, null, 'a')).toBe(whole);
  });

  it('reads the dates apart from the other properties (they travel as epoch milliseconds)', () => {
    const selection = selectionOf('{ positions { validTo value recordedAt salience } }');
    expect(selection.fields).toEqual(['value', 'salience', 'validTo', 'recordedAt']);
    const { fields, dateFields } = selectionParams(selection);
    expect({ fields, dateFields }).toEqual({
      fields: ['value', 'salience'],
      dateFields: ['validTo', 'recordedAt'],
    });
  });

  it('reads no holder property when the holder is not shown, and all of them when a relation of it is', () => {
    expect(selectionParams(selectionOf('{ positions { value } }')).holderFields).toEqual([]);
    expect(
      selectionParams(selectionOf('{ positions { holder { ... on Actor { name positions { id } } } } }'))
        .holderFields,
    ).toBeNull();
    expect(
      selectionParams(selectionOf('{ positions { holder { ... on Proposal { id date } } } }')).holderFields,
    ).toEqual(['date']);
  });
});
