// Type definitions that let @neo4j/graphql read Faultline's graph as it is stored (see
// cypher/datasets/merge-*.cypher): (:Actor:Holder)-[:HOLDS]->(:Position)-[:ON]->(:Issue) and
// (:Position)-[:EVIDENCED_BY {quote}]->(:Source). Nodes are matched by their first label, so the
// extra :Holder label of actors does not matter. Relationship fields are lists (version 7 rejects a
// non-null single one such as `issue: Issue!`), so `issue` and `holder` are one-item lists.
export const typeDefs = /* GraphQL */ `
  enum ActorKind {
    BLOC
    GOVERNMENT
    ORGANIZATION
    PERSON
    STATE
  }

  enum IssueCategory {
    CEASEFIRE
    ECONOMIC
    GOVERNANCE
    HUMANITARIAN
    OTHER
    SANCTIONS
    SECURITY_GUARANTEES
    TERRITORY
  }

  enum Reliability {
    A
    B
    C
    D
    E
    F
  }

  type Actor @node(labels: ["Actor"]) {
    id: ID!
    name: String!
    kind: ActorKind!
    aliases: [String!]
    capability: Float
    description: String
    positions: [Position!]! @relationship(type: "HOLDS", direction: OUT)
  }

  type Issue @node(labels: ["Issue"]) {
    id: ID!
    name: String!
    category: IssueCategory!
    description: String
    scaleMin: String
    scaleMax: String
    positions: [Position!]! @relationship(type: "ON", direction: IN)
  }

  type Position @node(labels: ["Position"]) {
    id: ID!
    value: Float!
    salience: Float!
    acceptableMin: Float
    acceptableMax: Float
    redLine: Boolean!
    statement: String
    confidence: Float
    validFrom: DateTime!
    validTo: DateTime
    recordedAt: DateTime
    holder: [Actor!]! @relationship(type: "HOLDS", direction: IN)
    issue: [Issue!]! @relationship(type: "ON", direction: OUT)
    evidence: [Source!]! @relationship(type: "EVIDENCED_BY", direction: OUT, properties: "Evidence")
  }

  type Evidence @relationshipProperties {
    quote: String!
  }

  type Source @node(labels: ["Source"]) {
    id: ID!
    publisher: String!
    title: String
    url: String
    reliability: Reliability!
    publishedAt: DateTime
  }
`;
