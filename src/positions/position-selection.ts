import type { GraphQLResolveInfo } from 'graphql';
import { selectedFieldNames } from '../common/graphql/selection';

/** Position properties a read can return, dates last (they travel as epoch milliseconds). */
const STORED_FIELDS = [
  'value',
  'salience',
  'acceptableMin',
  'acceptableMax',
  'redLine',
  'statement',
  'codingNote',
  'codingConfidence',
  'confidence',
  'validFrom',
  'validTo',
  'recordedAt',
] as const;
const DATE_FIELDS: ReadonlySet<string> = new Set(['validFrom', 'validTo', 'recordedAt']);

/**
 * Stored properties of the nodes a position read brings along (actors and proposals as holders,
 * issues, evidence sources), by the GraphQL field that shows them. A selection of these alone is
 * read property by property; any other field (a relation, a computed one) needs the whole node.
 */
const HOLDER_FIELDS = ['name', 'kind', 'aliases', 'capability', 'description', 'date'];
const ISSUE_FIELDS = ['name', 'category', 'description', 'scaleMin', 'scaleMax'];
const SOURCE_FIELDS = ['publisher', 'title', 'url', 'publishedAt', 'reliability'];

/**
 * What a GraphQL query shows of its positions: the stored properties to read (the id, holder id and
 * issue id always come along), and whether to bring the holder, the issue and the evidence in the
 * same round trip, each as the listed properties (besides its id) or, when null, whole. The fewer
 * values a read returns, the less Neo4j reads and the driver decodes.
 */
export interface PositionSelection {
  /** The position properties to read (a read returns the dates last: see selectionParams). */
  fields: string[];
  holder: boolean;
  issue: boolean;
  evidence: boolean;
  holderFields: string[] | null;
  issueFields: string[] | null;
  sourceFields: string[] | null;
}

/** The stored properties among `names`, or null when `names` asks for anything else. */
function storedOnly(names: Set<string>, stored: string[]): string[] | null {
  for (const name of names) if (name !== 'id' && name !== '__typename' && !stored.includes(name)) return null;
  return stored.filter((field) => names.has(field));
}

/** The selection of the positions below the field being resolved (or below `path`, in a connection). */
export function positionSelection(info: GraphQLResolveInfo, path: string[] = []): PositionSelection {
  const names = selectedFieldNames(info, path);
  const below = (...steps: string[]) => selectedFieldNames(info, [...path, ...steps]);
  return {
    fields: STORED_FIELDS.filter((field) => names.has(field)),
    holder: names.has('holder'),
    issue: names.has('issue'),
    evidence: names.has('evidence'),
    holderFields: names.has('holder') ? storedOnly(below('holder'), HOLDER_FIELDS) : null,
    issueFields: names.has('issue') ? storedOnly(below('issue'), ISSUE_FIELDS) : null,
    sourceFields: names.has('evidence') ? storedOnly(below('evidence', 'source'), SOURCE_FIELDS) : null,
  };
}

/**
 * For `actor(id) { ... positions { ... } }` read in one query: `positions`, what the positions
 * resolver will ask for (and the key its loader finds them under), and `read`, the same with each
 * row's holder, with the holder's own fields shown besides `positions` (and those shown as the
 * positions' holder: the same node).
 */
export function holderAndPositionsSelection(info: GraphQLResolveInfo): {
  positions: PositionSelection;
  read: PositionSelection;
} {
  const positions = positionSelection(info, ['positions']);
  const ownNames = selectedFieldNames(info);
  ownNames.delete('positions');
  const own = storedOnly(ownNames, HOLDER_FIELDS);
  const shown = positions.holder ? positions.holderFields : [];
  const holderFields =
    own === null || shown === null ? null : HOLDER_FIELDS.filter((f) => own.includes(f) || shown.includes(f));
  return { positions, read: { ...positions, holder: true, holderFields } };
}

/** A key that tells selections apart, for per-request loaders. */
export function selectionKey(selection: PositionSelection): string {
  const { fields, holder, issue, evidence, holderFields, issueFields, sourceFields } = selection;
  const list = (fields: string[] | null) => (fields === null ? '*' : fields.join(','));
  return [
    fields.join(','),
    holder,
    issue,
    evidence,
    list(holderFields),
    list(issueFields),
    list(sourceFields),
  ].join('|');
}

/** The query parameters of a selection (see cypher/positions/columns.cypher and the optional columns). */
export interface SelectionParams {
  /** The position properties a row's `values` holds, in order. */
  fields: string[];
  /** The date-time properties a row's `dates` holds, in order (as epoch milliseconds). */
  dateFields: string[];
  /** The holder's properties a row holds, in order; null for all of them, [] when it is not shown. */
  holderFields: string[] | null;
  issueFields: string[] | null;
  sourceFields: string[] | null;
}

export function selectionParams(selection: PositionSelection): SelectionParams {
  return {
    fields: selection.fields.filter((field) => !DATE_FIELDS.has(field)),
    dateFields: selection.fields.filter((field) => DATE_FIELDS.has(field)),
    holderFields: selection.holder ? selection.holderFields : [],
    issueFields: selection.issueFields,
    sourceFields: selection.sourceFields,
  };
}

/**
 * A related node as a read returned it: whole (a map), or as a list holding the properties of
 * `fields` in order from `offset` on; `id` comes separately. Unread properties stay unset.
 */
export function relatedNode(
  node: unknown,
  fields: string[] | null,
  id: unknown,
  offset = 0,
): Record<string, unknown> {
  if (!Array.isArray(node)) return node as Record<string, unknown>;
  // Called once per row of a read: no copied key lists or closures.
  const related: Record<string, unknown> = { id };
  for (let index = 0; fields && index < fields.length; index++) related[fields[index]] = node[offset + index];
  return related;
}
