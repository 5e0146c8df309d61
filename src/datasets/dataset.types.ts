/**
 * TypeScript view of the "faultline/1" dataset format. The JSON Schema in
 * schemas/faultline-dataset-1.schema.json is the authority; these types mirror it so that code
 * handling a validated dataset is checked by the compiler.
 */

export const DATASET_FORMAT = 'faultline/1';

/** The lists a file holds, in the order the format documents (and exports write) them. */
export const DATASET_LISTS = [
  'actors',
  'issues',
  'sources',
  'events',
  'proposals',
  'positions',
  'relations',
  'changes',
] as const;

export type ActorKind = 'STATE' | 'GOVERNMENT' | 'PERSON' | 'ORGANIZATION' | 'BLOC';

export type IssueCategory =
  | 'TERRITORY'
  | 'SECURITY_GUARANTEES'
  | 'SANCTIONS'
  | 'CEASEFIRE'
  | 'GOVERNANCE'
  | 'HUMANITARIAN'
  | 'ECONOMIC'
  | 'OTHER';

/** Admiralty code for source reliability (A completely reliable … F cannot be judged). */
export type SourceReliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

export type EventKind = 'MEETING' | 'STATEMENT' | 'PROPOSAL';

export type RelationType =
  'MEMBER_OF' | 'REPRESENTS' | 'SPONSORS' | 'PARTICIPATED_IN' | 'REACTED_TO' | 'REPORTED_BY';

export type ReactionStance = 'SUPPORTS' | 'OPPOSES' | 'MIXED';

export interface DatasetInfo {
  id: string;
  title: string;
  description?: string;
  /** ISO 8601 date-time. */
  createdAt?: string;
  license?: string;
}

export interface DatasetActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases?: string[];
  /** 0..1; absent means 1. */
  capability?: number;
  description?: string;
}

export interface DatasetIssue {
  id: string;
  name: string;
  category: IssueCategory;
  description?: string;
  /** What value 0 on the issue's scale stands for. */
  scaleMin: string;
  /** What value 100 on the issue's scale stands for. */
  scaleMax: string;
  /** Id of the broader issue. */
  parent?: string;
}

export interface DatasetSource {
  id: string;
  publisher: string;
  title?: string;
  url?: string;
  /** ISO 8601 date or date-time. */
  publishedAt?: string;
  reliability: SourceReliability;
}

export interface DatasetEvent {
  id: string;
  name: string;
  kind: EventKind;
  /** ISO 8601 date or date-time. */
  date: string;
  place?: string;
}

export interface DatasetProposal {
  id: string;
  name: string;
  /** ISO 8601 date or date-time. */
  date?: string;
  description?: string;
}

export interface DatasetEvidence {
  /** Id of a source. */
  source: string;
  /** Verbatim text from that source. */
  quote: string;
}

export interface DatasetPosition {
  id: string;
  /** Id of an actor or of a proposal. */
  holder: string;
  /** Id of an issue. */
  issue: string;
  /** 0..100 on the issue's scale. */
  value: number;
  /** 0..1. */
  salience: number;
  acceptableMin?: number;
  acceptableMax?: number;
  /** Absent means false. */
  redLine?: boolean;
  statement?: string;
  codingNote?: string;
  /** 0..1; absent means 1. */
  codingConfidence?: number;
  /** ISO 8601 date-time. */
  validFrom: string;
  /** ISO 8601 date-time, exclusive; null or absent while current. */
  validTo?: string | null;
  /** ISO 8601 date-time. */
  recordedAt?: string;
  evidence: DatasetEvidence[];
}

interface RelationEnds {
  from: string;
  to: string;
}

/** Relations that carry no properties of their own. */
export interface DatasetPlainRelation extends RelationEnds {
  type: 'MEMBER_OF' | 'REPRESENTS' | 'SPONSORS' | 'REPORTED_BY';
}

export interface DatasetParticipationRelation extends RelationEnds {
  type: 'PARTICIPATED_IN';
  role?: string;
}

export interface DatasetReactionRelation extends RelationEnds {
  type: 'REACTED_TO';
  stance: ReactionStance;
  /** Verbatim words of the reaction; comes with `source`. */
  quote?: string;
  /** Id of the source reporting the reaction. */
  source?: string;
}

export type DatasetRelation = DatasetPlainRelation | DatasetParticipationRelation | DatasetReactionRelation;

/** One audit-trail entry carried by a file, as its installation recorded it. */
export interface DatasetChange {
  id: string;
  /** ISO 8601 date-time. */
  at: string;
  by: string;
  operation: string;
  requestId?: string;
  /** Ids of the nodes the write touched (the first 1,000); absent means none. */
  touched?: string[];
  touchedCount: number;
}

export interface FaultlineDataset {
  format: typeof DATASET_FORMAT;
  dataset: DatasetInfo;
  actors?: DatasetActor[];
  issues?: DatasetIssue[];
  sources?: DatasetSource[];
  events?: DatasetEvent[];
  proposals?: DatasetProposal[];
  positions?: DatasetPosition[];
  relations?: DatasetRelation[];
  changes?: DatasetChange[];
}

/** One validation problem; `path` is a JSON path such as `$.positions[3].value`. */
export interface DatasetIssueReport {
  path: string;
  message: string;
}
