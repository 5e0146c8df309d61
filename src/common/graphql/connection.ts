import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DomainError } from '../domain-error';

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay-style connection type for `classRef`: edges with cursors, page info and the total. */
export function Connection<T>(classRef: Type<T>): Type<Page<T>> {
  @ObjectType(`${classRef.name}Edge`)
  class EdgeType {
    @Field() cursor!: string;
    @Field(() => classRef) node!: T;
  }

  @ObjectType({ isAbstract: true })
  class ConnectionType implements Page<T> {
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'All matching items, not just this page.' }) totalCount!: number;
  }
  return ConnectionType as Type<Page<T>>;
}

/** Cursors are opaque: the base64 of the sort key of the last item seen (keyset pagination). */
export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined | null, field = 'after'): string | null {
  if (cursor === undefined || cursor === null || cursor === '') return null;
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (encodeCursor(key) !== cursor) throw DomainError.badInput(field, 'is not a cursor returned by this API');
  return key;
}

/** An edge whose cursor is encoded when a query asks for it: most pages only show their nodes. */
class Edge<T> {
  constructor(
    readonly node: T,
    private readonly key: string,
  ) {}

  get cursor(): string {
    return encodeCursor(this.key);
  }
}

/**
 * Builds a page from rows fetched with `first + 1` (the extra row tells whether there is a next page).
 */
export function toPage<T>(rows: T[], first: number, totalCount: number, keyOf: (item: T) => string): Page<T> {
  const items = rows.slice(0, first);
  const edges = items.map((node) => new Edge(node, keyOf(node)));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null,
    },
    totalCount,
  };
}
