import {
  DatasetActor,
  DatasetChange,
  DatasetEvent,
  DatasetIssue,
  DatasetPosition,
  DatasetProposal,
  DatasetRelation,
  DatasetSource,
} from '../datasets/dataset.types';
import { withoutNulls } from './export-reader';
import {
  ActorRow,
  ChangeRow,
  EventRow,
  IssueRow,
  PositionRow,
  ProposalRow,
  RelationRow,
  SourceRow,
} from './export-rows';

/**
 * Export rows as entities of the dataset format faultline/1: properties in the order the format
 * documents them, absent ones left out, so that the same graph always gives the same file.
 */

export function toDatasetActor(row: ActorRow): DatasetActor {
  return withoutNulls({
    id: row.id,
    name: row.name,
    kind: row.kind,
    aliases: row.aliases && row.aliases.length > 0 ? row.aliases : null,
    capability: row.capability,
    description: row.description,
  }) as DatasetActor;
}

export function toDatasetIssue(row: IssueRow): DatasetIssue {
  return withoutNulls({
    id: row.id,
    name: row.name,
    category: row.category,
    description: row.description,
    scaleMin: row.scaleMin,
    scaleMax: row.scaleMax,
    parent: row.parent,
  }) as DatasetIssue;
}

export function toDatasetSource(row: SourceRow): DatasetSource {
  return withoutNulls({
    id: row.id,
    publisher: row.publisher,
    title: row.title,
    url: row.url,
    publishedAt: row.publishedAt,
    reliability: row.reliability,
  }) as DatasetSource;
}

export function toDatasetEvent(row: EventRow): DatasetEvent {
  return withoutNulls({
    id: row.id,
    name: row.name,
    kind: row.kind,
    date: row.date,
    place: row.place,
  }) as DatasetEvent;
}

export function toDatasetProposal(row: ProposalRow): DatasetProposal {
  return withoutNulls({
    id: row.id,
    name: row.name,
    date: row.date,
    description: row.description,
  }) as DatasetProposal;
}

export function toDatasetPosition(row: PositionRow): DatasetPosition {
  return withoutNulls({
    id: row.id,
    holder: row.holder,
    issue: row.issue,
    value: row.value,
    salience: row.salience,
    acceptableMin: row.acceptableMin,
    acceptableMax: row.acceptableMax,
    redLine: row.redLine,
    statement: row.statement,
    codingNote: row.codingNote,
    codingConfidence: row.codingConfidence,
    validFrom: row.validFrom,
    validTo: row.validTo,
    recordedAt: row.recordedAt,
    // Evidence rows are the dataset format's {source, quote} already (sorted by positionRow).
    evidence: row.evidence,
  }) as DatasetPosition;
}

export function toDatasetRelation(row: RelationRow): DatasetRelation {
  return withoutNulls({
    type: row.type,
    from: row.from,
    to: row.to,
    role: row.type === 'PARTICIPATED_IN' ? row.role : null,
    stance: row.type === 'REACTED_TO' ? row.stance : null,
    quote: row.type === 'REACTED_TO' ? row.quote : null,
    source: row.type === 'REACTED_TO' ? row.source : null,
  }) as DatasetRelation;
}

export function toDatasetChange(row: ChangeRow): DatasetChange {
  return withoutNulls({
    id: row.id,
    at: row.at,
    by: row.by,
    operation: row.operation,
    requestId: row.requestId,
    touched: row.touched,
    touchedCount: row.touchedCount,
  }) as DatasetChange;
}
