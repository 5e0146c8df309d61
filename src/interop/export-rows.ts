import type { EntityCounts } from '../datasets/datasets.repository';
import type {
  ActorKind,
  EventKind,
  IssueCategory,
  RelationType,
  SourceReliability,
} from '../datasets/dataset.types';

/** Rows as the export queries return them: absent properties are null, dates ISO 8601 strings as stored. */

export interface DatasetRow {
  id: string;
  title: string;
  description: string | null;
  license: string | null;
  createdAt: string | null;
}

export interface ActorRow {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[] | null;
  capability: number | null;
  description: string | null;
}

export interface IssueRow {
  id: string;
  name: string;
  category: IssueCategory;
  description: string | null;
  scaleMin: string;
  scaleMax: string;
  parent: string | null;
}

export interface SourceRow {
  id: string;
  publisher: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  reliability: SourceReliability;
}

export interface EventRow {
  id: string;
  name: string;
  kind: EventKind;
  date: string;
  place: string | null;
}

export interface ProposalRow {
  id: string;
  name: string;
  date: string | null;
  description: string | null;
}

export interface EvidenceRow {
  source: string;
  quote: string;
}

/** A position as the dataset format has it (the JSON and Cypher exports). */
export interface PositionRow {
  id: string;
  holder: string;
  issue: string;
  value: number;
  salience: number;
  acceptableMin: number | null;
  acceptableMax: number | null;
  redLine: boolean;
  statement: string | null;
  codingNote: string | null;
  codingConfidence: number;
  validFrom: string;
  validTo: string | null;
  recordedAt: string | null;
  evidence: EvidenceRow[];
}

/** A position with what tables, graphs and statements show beside it. */
export interface DescribedPositionRow extends PositionRow {
  holderName: string;
  issueName: string;
  /** Derived from the evidence; not part of the dataset format. */
  confidence: number | null;
}

export interface RelationRow {
  type: RelationType;
  from: string;
  to: string;
  role: string | null;
  stance: string | null;
  quote: string | null;
  source: string | null;
}

/** One audit-trail entry; `at` as Neo4j writes it (ISO 8601, full precision). */
export interface ChangeRow {
  id: string;
  at: string;
  by: string;
  operation: string;
  requestId: string | null;
  touched: string[];
  touchedCount: number;
}

/** How many of each entity an export holds: the same shape as an import's counts. */
export type ExportCounts = EntityCounts;
