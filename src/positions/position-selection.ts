import type { GraphQLResolveInfo } from 'graphql';
import { selectedFieldNames } from '../common/graphql/selection';

/** Position properties a read can return; dates travel as epoch milliseconds. */
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

/**
 * What a GraphQL query shows of its positions: the stored properties to read (the id, holder id and
 * issue id always come along), and whether to bring the holder, the issue and the evidence in the
 * same round trip. The fewer values a read returns, the less the driver decodes.
 */
export interface PositionSelection {
  fields: string[];
  holder: boolean;
  issue: boolean;
  evidence: boolean;
}

/** The selection of the positions below the field being resolved (or below `path`, in a connection). */
export function positionSelection(info: GraphQLResolveInfo, path: string[] = []): PositionSelection {
  const names = selectedFieldNames(info, path);
  return {
    fields: STORED_FIELDS.filter((field) => names.has(field)),
    holder: names.has('holder'),
    issue: names.has('issue'),
    evidence: names.has('evidence'),
  };
}

/** A key that tells selections apart, for per-request loaders. */
export function selectionKey(selection: PositionSelection): string {
  const { fields, holder, issue, evidence } = selection;
  return `${fields.join(',')}|${holder}|${issue}|${evidence}`;
}

/** The query parameters of a selection (see cypher/positions/by-*.cypher and list.cypher). */
export function selectionParams(selection: PositionSelection) {
  return {
    fields: selection.fields,
    withHolder: selection.holder,
    withIssue: selection.issue,
    withEvidence: selection.evidence,
  };
}
