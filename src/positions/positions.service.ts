import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { resolveAsOf } from '../common/as-of';
import { DomainError, FieldProblem, withConflictMessage } from '../common/domain-error';
import { decodeCursor, Page, toPage } from '../common/graphql/connection';
import { Neo4jGateway } from '../database/neo4j-gateway';
import { IssuesService } from '../issues/issues.service';
import { SourcesService } from '../sources/sources.service';
import {
  AttachEvidenceInput,
  EvidenceInput,
  PositionHistoryArgs,
  PositionsArgs,
  RecordPositionInput,
  RetirePositionInput,
} from './dto/position.inputs';
import { Position } from './models/position.model';
import { PositionSelection } from './position-selection';
import { PositionsRepository } from './positions.repository';

/** Range rules shared by every way a position is written: min <= value <= max, red lines have a range. */
export function rangeProblems(p: {
  value: number;
  acceptableMin?: number | null;
  acceptableMax?: number | null;
  redLine?: boolean;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { value, acceptableMin: min, acceptableMax: max } = p;
  if (min != null && min > value)
    problems.push({ field: 'acceptableMin', message: `${min} is above value ${value}` });
  if (max != null && max < value)
    problems.push({ field: 'acceptableMax', message: `${max} is below value ${value}` });
  if (p.redLine && min == null && max == null) {
    problems.push({
      field: 'redLine',
      message: 'a red line needs an acceptable range (acceptableMin or acceptableMax)',
    });
  }
  return problems;
}

/** NOT_FOUND for the first evidence item whose source is missing, at `field[i].source` (or `source`). */
function throwOnMissingSource(
  evidence: EvidenceInput[],
  isMissing: (source: string) => boolean,
  field: string,
) {
  const index = evidence.findIndex((item) => isMissing(item.source));
  if (index < 0) return;
  const path = field ? `${field}[${index}].source` : 'source';
  throw DomainError.notFound('Source', evidence[index].source, path);
}

function holderNotFound(id: string, field: string): DomainError {
  return new DomainError('NOT_FOUND', `no actor or proposal "${id}"`, field);
}

@Injectable()
export class PositionsService {
  constructor(
    private readonly db: Neo4jGateway,
    private readonly positions: PositionsRepository,
    private readonly issues: IssuesService,
    private readonly sources: SourcesService,
  ) {}

  findByIds(ids: readonly string[]) {
    return this.positions.findByIds(ids);
  }

  byHolders(
    ids: readonly string[],
    asOf: Date | undefined,
    issue: string | null,
    selection: PositionSelection,
  ) {
    return this.positions.byHolders(ids, resolveAsOf(asOf).toISOString(), issue, selection);
  }

  /** A holder with its positions valid now, in one read (holder null when it holds none). */
  holderWithPositions(id: string, selection: PositionSelection) {
    return this.positions.holderWithPositions(id, resolveAsOf(undefined).toISOString(), selection);
  }

  byIssues(ids: readonly string[], asOf: Date | undefined, selection: PositionSelection) {
    return this.positions.byIssues(ids, resolveAsOf(asOf).toISOString(), selection);
  }

  evidence(ids: readonly string[]) {
    return this.positions.evidence(ids);
  }

  findHolders(ids: readonly string[]) {
    return this.positions.findHolders(ids);
  }

  async list(args: PositionsArgs, selection: PositionSelection): Promise<Page<Position>> {
    const filter = args.filter;
    const result = await this.positions.list(
      {
        holder: filter?.actor ?? null,
        issue: filter?.issue ?? null,
        category: filter?.category ?? null,
        asOf: resolveAsOf(filter?.asOf).toISOString(),
        history: filter?.history ?? false,
        redLineOnly: filter?.redLineOnly ?? false,
        minSalience: filter?.minSalience ?? null,
        after: decodeCursor(args.after),
        limit: args.first + 1,
      },
      selection,
    );
    return toPage(result.page, args.first, result.total, (position) => position.id);
  }

  async history(args: PositionHistoryArgs): Promise<Position[]> {
    await this.requireHolder(args.actor, 'actor');
    await this.issues.get(args.issue, 'issue');
    return this.positions.history(args.actor, args.issue);
  }

  async record(input: RecordPositionInput): Promise<Position> {
    const problems = rangeProblems(input);
    if (problems.length > 0) throw DomainError.invalid(problems);
    const sources = input.evidence.map((item) => item.source);
    const check = await this.positions.checkRecord(input.holder, input.issue, sources);
    if (!check.holderFound) throw holderNotFound(input.holder, 'holder');
    if (!check.issueFound) throw DomainError.notFound('Issue', input.issue, 'issue');
    const missingSources = new Set(check.missingSources);
    throwOnMissingSource(input.evidence, (source) => missingSources.has(source), 'evidence');
    const validFrom = input.validFrom ?? new Date();
    const open = check.open;
    if (open && open.validFrom.getTime() >= validFrom.getTime()) {
      throw DomainError.badInput(
        'validFrom',
        `must be after ${open.validFrom.toISOString()}, when the current position ${open.id} began`,
      );
    }
    const id = input.id ?? randomUUID();
    return withConflictMessage(
      this.db.write(async (tx) => {
        await this.positions.record(tx, {
          holder: input.holder,
          issue: input.issue,
          validFrom: validFrom.toISOString(),
          position: {
            id,
            value: input.value,
            salience: input.salience,
            acceptableMin: input.acceptableMin ?? null,
            acceptableMax: input.acceptableMax ?? null,
            redLine: input.redLine,
            statement: input.statement ?? null,
            codingNote: input.codingNote ?? null,
            codingConfidence: input.codingConfidence,
          },
          evidence: input.evidence,
        });
        await this.positions.refreshConfidence(tx, [id]);
        const [written] = await this.positions.findWritten(tx, [id]);
        return written;
      }),
      `a position with id "${id}" already exists`,
    );
  }

  async retire(input: RetirePositionInput): Promise<Position> {
    const position = await this.get(input.id);
    const at = input.at ?? new Date();
    if (position.validTo) {
      throw DomainError.badInput(
        'id',
        `position ${position.id} already ended at ${position.validTo.toISOString()}`,
      );
    }
    if (at.getTime() <= position.validFrom.getTime()) {
      throw DomainError.badInput(
        'at',
        `must be after ${position.validFrom.toISOString()}, when the position began`,
      );
    }
    await this.db.write((tx) => this.positions.retire(tx, position.id, at.toISOString()));
    return this.get(position.id);
  }

  async attachEvidence(input: AttachEvidenceInput): Promise<Position> {
    await this.get(input.position, 'position');
    await this.requireSources([input], '');
    await this.db.write(async (tx) => {
      await this.positions.attachEvidence(tx, input.position, input.source, input.quote);
      await this.positions.refreshConfidence(tx, [input.position]);
    });
    return this.get(input.position, 'position');
  }

  async get(id: string, field = 'id'): Promise<Position> {
    const [position] = await this.positions.findByIds([id]);
    if (!position) throw DomainError.notFound('Position', id, field);
    return position;
  }

  private async requireHolder(id: string, field: string): Promise<void> {
    const [holder] = await this.positions.findHolders([id]);
    if (!holder) throw holderNotFound(id, field);
  }

  private async requireSources(evidence: EvidenceInput[], field: string): Promise<void> {
    const ids = [...new Set(evidence.map((item) => item.source))];
    const found = new Set((await this.sources.findByIds(ids)).map((source) => source.id));
    throwOnMissingSource(evidence, (source) => !found.has(source), field);
  }
}
