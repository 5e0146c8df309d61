import { Injectable } from '@nestjs/common';
import { toActor } from '../actors/actors.repository';
import { cypher, CypherQuery, joinQueries } from '../database/cypher-registry';
import { Neo4jGateway, Params, Row, WriteTransaction } from '../database/neo4j-gateway';
import { Proposal } from '../proposals/models/proposal.model';
import { toSource } from '../sources/sources.repository';
import { toIssue } from '../issues/issues.repository';
import { IssueCategory } from '../issues/models/issue.model';
import { toDate } from '../database/neo4j-values';
import { Evidence, HolderValue, Position, PositionRelations } from './models/position.model';
import { PositionSelection, relatedNode, SelectionParams, selectionParams } from './position-selection';

export function toPosition(row: unknown): Position {
  const p = row as Record<string, unknown>;
  return {
    id: String(p.id),
    holderId: String(p.holderId),
    issueId: String(p.issueId),
    value: Number(p.value),
    salience: Number(p.salience),
    acceptableMin: (p.acceptableMin as number | null) ?? null,
    acceptableMax: (p.acceptableMax as number | null) ?? null,
    redLine: Boolean(p.redLine),
    statement: (p.statement as string | null) ?? null,
    codingNote: (p.codingNote as string | null) ?? null,
    codingConfidence: (p.codingConfidence as number | null) ?? 1,
    validFrom: toDate(p.validFrom) as Date,
    validTo: toDate(p.validTo),
    recordedAt: toDate(p.recordedAt) as Date,
    confidence: (p.confidence as number | null) ?? 0,
  };
}

/**
 * Where a position read's row (see cypher/positions/columns.cypher) holds what: these, then the
 * values of the read's fields and date fields, the holder's (its properties, or the node whole),
 * the issue when selected and the evidence when selected.
 */
const enum RowIndex {
  Id = 0,
  HolderId = 1,
  IssueId = 2,
  HolderIsProposal = 3,
  Values = 4,
}

/**
 * A position read with a selection (see position-selection.ts): one row (a list, see
 * cypher/positions/columns.cypher) with its id, holder id, issue id (null when the read was for
 * `readIssue` alone), the holder's type, the values of the properties the read's `params` name,
 * and the holder, issue and evidence the selection asked for (whole maps, or lists of the selected
 * properties: see relatedNode). Properties the query did not select get toPosition's defaults:
 * GraphQL never reads them.
 */
function toSelectedPosition(
  row: unknown[],
  selection: PositionSelection,
  params: SelectionParams,
  readIssue: string | null,
): Position {
  const holderId = row[RowIndex.HolderId];
  const issueId = row[RowIndex.IssueId] ?? readIssue;
  const properties: Row = { id: row[RowIndex.Id], holderId, issueId };
  let at = RowIndex.Values;
  for (const field of params.fields) properties[field] = row[at++];
  for (const field of params.dateFields) properties[field] = row[at++];
  const position = toPosition(properties);
  const { holderFields, issueFields, sourceFields } = params;
  const related: PositionRelations = {};
  if (selection.holder) {
    const holder = holderFields === null ? (row[at] as Row) : relatedNode(row, holderFields, holderId, at);
    holder.holderType = row[RowIndex.HolderIsProposal] ? 'Proposal' : 'Actor';
    related.holder = toHolder(holder);
  }
  at += holderFields === null ? 1 : holderFields.length;
  if (selection.issue) {
    const issue = row[at++];
    if (issue) related.issue = toIssue(relatedNode(issue, issueFields, issueId));
  }
  if (selection.evidence) {
    related.evidence = (row[at] as unknown[]).map((entry) => {
      if (!Array.isArray(entry)) return toEvidence(entry);
      const [quote, sourceId, sourceValues] = entry as [string, string, unknown[]];
      return toEvidence({ quote, source: relatedNode(sourceValues, sourceFields, sourceId) });
    });
  }
  position.related = related;
  return position;
}

/** An actor or a proposal as queries return it: its properties and `holderType`. */
export function toHolder(row: unknown): HolderValue {
  const holder = row as Record<string, unknown>;
  if (holder.holderType === 'Proposal') {
    const proposal: Proposal = {
      id: String(holder.id),
      name: String(holder.name),
      date: toDate(holder.date),
      description: (holder.description as string | null) ?? null,
    };
    return Object.assign(proposal, { holderType: 'Proposal' as const });
  }
  const actor = toActor(holder) as HolderValue;
  actor.holderType = 'Actor';
  return actor;
}

function toEvidence(row: unknown): Evidence {
  const e = row as Record<string, unknown>;
  return { quote: String(e.quote), source: toSource(e.source) };
}

export interface PositionListQuery {
  holder: string | null;
  issue: string | null;
  category: IssueCategory | null;
  asOf: string;
  history: boolean;
  redLineOnly: boolean;
  minSalience: number | null;
  after: string | null;
  limit: number;
}

export interface NewPosition {
  holder: string;
  issue: string;
  validFrom: string;
  position: Omit<Position, 'holderId' | 'issueId' | 'validFrom' | 'validTo' | 'recordedAt' | 'confidence'>;
  evidence: { source: string; quote: string }[];
}

export interface RecordCheck {
  holderFound: boolean;
  issueFound: boolean;
  missingSources: string[];
  open: { id: string; validFrom: Date } | null;
}

/**
 * The statement of a position read: its `start` (the match, ending in `WITH key, h, p, i`), the
 * row `selection` shows (the issue and the evidence only when shown), `end` (its order, if any),
 * then one record per key with its rows (collect-rows.cypher).
 */
function positionRead(
  start: readonly CypherQuery[],
  end: readonly CypherQuery[],
  selection: PositionSelection,
): CypherQuery {
  const q = cypher().positions;
  const optional = [
    ...(selection.issue ? [q.issueColumn] : []),
    ...(selection.evidence ? [q.evidenceColumn] : []),
  ];
  return joinQueries([...start, q.columns, ...optional, ...end, q.collectRows]);
}

/**
 * The start of a page of positions: from the issue or the holder given (index seeks), else all;
 * then a filter for each argument given, and no test of those not given.
 */
function listStart(query: PositionListQuery): readonly CypherQuery[] {
  const q = cypher().positions;
  const from =
    query.issue !== null ? q.listFromIssue : query.holder !== null ? q.listFromHolder : q.listFromAll;
  const filters = [
    ...(query.issue !== null && query.holder !== null ? [q.whereHolder] : []),
    ...(query.history ? [] : [q.whereValidAt]),
    ...(query.category !== null ? [q.whereCategory] : []),
    ...(query.redLineOnly ? [q.whereRedLine] : []),
    ...(query.minSalience !== null ? [q.whereMinSalience] : []),
  ];
  return [from, ...filters, q.listPage];
}

/** The only place that runs position queries. */
@Injectable()
export class PositionsRepository {
  constructor(private readonly db: Neo4jGateway) {}

  async findByIds(ids: readonly string[]): Promise<Position[]> {
    const rows = await this.db.read(cypher().positions.findByIds, { ids });
    return rows.map((row) => toPosition(row.position));
  }

  /**
   * The positions of each holder, in issue order, as much of each as `selection` asks for; on
   * `issue` alone when given (read from the issue: see by-holders-on-issue.cypher).
   */
  async byHolders(ids: readonly string[], asOf: string, issue: string | null, selection: PositionSelection) {
    const q = cypher().positions;
    const start = issue === null ? q.byHolders : q.byHoldersOnIssue;
    return this.positionsByKey([start], [q.orderByIssue], selection, { ids, asOf, issue });
  }

  /**
   * One holder with its positions valid at `asOf`, in one read: `selection` must bring the holder
   * (see holderAndPositionsSelection). `holder` is null when it holds no such position: the read
   * cannot tell such a holder from a missing one.
   */
  async holderWithPositions(
    id: string,
    asOf: string,
    selection: PositionSelection,
  ): Promise<{ holder: HolderValue | null; positions: Position[] }> {
    const [found] = await this.byHolders([id], asOf, null, selection);
    const positions = found?.positions ?? [];
    // Every position brings the holder (the selection asks for it): the first one's is the holder.
    return { holder: positions[0]?.related?.holder ?? null, positions };
  }

  /** The positions on each issue, in holder order, as much of each as `selection` asks for. */
  async byIssues(ids: readonly string[], asOf: string, selection: PositionSelection) {
    const q = cypher().positions;
    return this.positionsByKey([q.byIssues], [q.orderByHolder], selection, { ids, asOf, issue: null });
  }

  /** A page, as much of each position as `selection` asks for. */
  async list(
    query: PositionListQuery,
    selection: PositionSelection,
  ): Promise<{ total: number; page: Position[] }> {
    const {
      records: [page],
      position,
    } = await this.selectedRead(listStart(query), [], selection, { ...query });
    if (!page) return { total: 0, page: [] };
    // The page's key is its total; an empty page is one row without a position (see list-page.cypher).
    const positions = page.rows.filter((row) => row[RowIndex.Id] !== null).map(position);
    return { total: Number(page.key), page: positions };
  }

  /** A by-holders or by-issues read: the positions of each key that has any. */
  private async positionsByKey(
    start: readonly CypherQuery[],
    end: readonly CypherQuery[],
    selection: PositionSelection,
    params: Params,
  ): Promise<{ key: string; positions: Position[] }[]> {
    const { records, position } = await this.selectedRead(start, end, selection, params);
    return records.map(({ key, rows }) => ({ key: String(key), positions: rows.map(position) }));
  }

  /**
   * Runs a position read (see positionRead) with `params` and the selection's own: one record per
   * key with its rows, and the way to turn a row into a position.
   */
  private async selectedRead(
    start: readonly CypherQuery[],
    end: readonly CypherQuery[],
    selection: PositionSelection,
    params: Params,
  ): Promise<{ records: { key: unknown; rows: unknown[][] }[]; position: (row: unknown[]) => Position }> {
    const selected = selectionParams(selection);
    const records = await this.db.read(positionRead(start, end, selection), { ...params, ...selected });
    const readIssue = (params.issue as string | null) ?? null;
    return {
      records: records.map((record) => ({ key: record.key, rows: record.rows as unknown[][] })),
      position: (row: unknown[]) => toSelectedPosition(row, selection, selected, readIssue),
    };
  }

  async history(holder: string, issue: string): Promise<Position[]> {
    const rows = await this.db.read(cypher().positions.history, { holder, issue });
    return rows.map((row) => toPosition(row.position));
  }

  async evidence(ids: readonly string[]) {
    const rows = await this.db.read(cypher().positions.evidence, { ids });
    return rows.map((row) => ({ key: String(row.key), evidence: toEvidence(row) }));
  }

  async findHolders(ids: readonly string[]): Promise<HolderValue[]> {
    const rows = await this.db.read(cypher().positions.findHolders, { ids });
    return rows.map((row) => toHolder(row.holder));
  }

  /** What recordPosition must check, in one read (see check-record.cypher). */
  async checkRecord(holder: string, issue: string, sources: string[]): Promise<RecordCheck> {
    const [row] = await this.db.read(cypher().positions.checkRecord, { holder, issue, sources });
    const open = row.open as Row | null;
    return {
      holderFound: Boolean(row.holderFound),
      issueFound: Boolean(row.issueFound),
      missingSources: (row.missingSources as string[]).map(String),
      open: open ? { id: String(open.id), validFrom: toDate(open.validFrom) as Date } : null,
    };
  }

  /** Positions by id, read inside a write transaction (what it wrote, without another transaction). */
  async findWritten(tx: WriteTransaction, ids: readonly string[]): Promise<Position[]> {
    const rows = await tx.run(cypher().positions.findByIds, { ids });
    return rows.map((row) => toPosition(row.position));
  }

  async record(tx: WriteTransaction, input: NewPosition): Promise<string> {
    tx.touch(input.position.id, input.holder, input.issue, ...input.evidence.map((e) => e.source));
    const [row] = await tx.run(cypher().positions.record, { ...input });
    return String(row.id);
  }

  async retire(tx: WriteTransaction, id: string, at: string): Promise<void> {
    tx.touch(id);
    await tx.run(cypher().positions.retire, { id, at });
  }

  async attachEvidence(tx: WriteTransaction, id: string, source: string, quote: string): Promise<void> {
    tx.touch(id, source);
    await tx.run(cypher().positions.attachEvidence, { id, source, quote });
  }

  async refreshConfidence(tx: WriteTransaction, ids: string[]): Promise<void> {
    await tx.run(cypher().positions.refreshConfidence, { ids });
  }
}
