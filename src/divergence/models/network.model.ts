import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum Measure {
  DIVERGENCE = 'DIVERGENCE',
  CONGRUENCE = 'CONGRUENCE',
  CONFLICT = 'CONFLICT',
  SUBTRACT = 'SUBTRACT',
}
registerEnumType(Measure, {
  name: 'Measure',
  description: 'The edge weight: D(a,b), or congruence C, conflict F, or subtract C − F (normalized).',
});

export enum Normalization {
  NONE = 'NONE',
  AVERAGE = 'AVERAGE',
  JACCARD = 'JACCARD',
  COSINE = 'COSINE',
}
registerEnumType(Normalization, {
  name: 'Normalization',
  description:
    'Divisor of C and F: NONE 1; AVERAGE (|K_a| + |K_b|) / 2; JACCARD |K_a ∪ K_b|; COSINE sqrt(|K_a|·|K_b|).',
});

@ObjectType({ description: 'An actor in the disagreement network.' })
export class NetworkNode {
  @Field(() => ID, { description: 'The actor id, used as `source` / `target` by the edges.' }) id!: string;
  @Field(() => ID, { description: 'Same as id (the node key graph libraries such as graphology expect).' })
  key!: string;

  @Field(() => Int, {
    description: 'Louvain community on congruence (seeded: the same data, the same groups).',
  })
  community!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Normalized betweenness, edge length D(a,b); null if not computed.',
  })
  betweenness!: number | null;

  @Field(() => Int, { description: 'Number of edges kept at this node.' }) degree!: number;
}

@ObjectType({
  description: 'A pair of actors sharing at least one issue, kept when its weight >= minWeight.',
})
export class NetworkEdge {
  @Field(() => ID, { description: '"source|target", unique per edge.' }) key!: string;
  @Field(() => ID, { description: 'The smaller actor id of the pair.' }) source!: string;
  @Field(() => ID, { description: 'The larger actor id of the pair.' }) target!: string;
  @Field(() => Float, { description: 'The chosen measure.' }) weight!: number;
  @Field(() => Float, { nullable: true, description: 'D(a,b); null when every shared weight is 0.' })
  divergence!: number | null;

  @Field(() => Float, { description: 'C = Σ (1 − d_k), normalized.' }) congruence!: number;
  @Field(() => Float, { description: 'F = Σ d_k, normalized.' }) conflict!: number;
  @Field(() => Float, { description: 'C − F; its sign is the edge sign in the balance.' }) subtract!: number;
  @Field(() => Int) redLineConflicts!: number;
  @Field(() => Int) sharedIssues!: number;
}

@ObjectType({ description: 'A Louvain community.' })
export class Community {
  @Field(() => Int) id!: number;
  @Field(() => Int) size!: number;
  @Field(() => [ID], { description: 'Member actor ids in id order.' }) members!: string[];
}

@ObjectType({ description: 'Actors as nodes, actor pairs as weighted edges, at asOf.' })
export class Network {
  @Field(() => [NetworkNode], { description: 'Every actor with a position in scope, by id.' })
  nodes!: NetworkNode[];

  @Field(() => [NetworkEdge], { description: 'Kept edges, by source then target.' }) edges!: NetworkEdge[];
  @Field(() => [Community]) communities!: Community[];

  @Field(() => Float, { nullable: true, description: 'Balanced / signed triangles; null without one.' })
  balance!: number | null;

  @Field(() => Int) signedTriangles!: number;
  @Field(() => Int) balancedTriangles!: number;
  @Field(() => Measure) measure!: Measure;
  @Field(() => Normalization) normalization!: Normalization;
  @Field(() => Float, { nullable: true }) minWeight!: number | null;
  @Field(() => Date) asOf!: Date;
  @Field(() => Int, { description: 'Number of issues with a position in scope.' }) issueCount!: number;
  @Field(() => Int, { description: 'Number of nodes.' }) actorCount!: number;
  @Field(() => Int, { description: 'Number of positions the network is computed from.' }) n!: number;
  @Field(() => [ID], {
    nullable: true,
    description: 'The issues the computation was limited to; null = all.',
  })
  issueFilter!: string[] | null;

  issueIds!: string[];
}
