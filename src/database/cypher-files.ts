/**
 * Every Cypher query the product runs, by domain, as a file under cypher/.
 * The registry loads them once at start; a missing file stops the start, and a test fails
 * when a file under cypher/ is not listed here (schema/, analytics/ and examples/ aside).
 */
export const CYPHER_FILES = {
  system: {
    ping: 'system/ping.cypher',
    countGraph: 'system/count-graph.cypher',
    isEmpty: 'system/is-empty.cypher',
    deleteAllData: 'system/delete-all-data.cypher',
  },
  backup: {
    deleteGraph: 'backup/delete-graph.cypher',
    listChanges: 'backup/list-changes.cypher',
    restoreChanges: 'backup/restore-changes.cypher',
  },
  audit: {
    recordChange: 'audit/record-change.cypher',
    listChanges: 'audit/list-changes.cypher',
  },
  apiKeys: {
    create: 'api-keys/create.cypher',
    findByHash: 'api-keys/find-by-hash.cypher',
    list: 'api-keys/list.cypher',
    revoke: 'api-keys/revoke.cypher',
    countActive: 'api-keys/count-active.cypher',
  },
  migrations: {
    listApplied: 'migrations/list-applied.cypher',
    record: 'migrations/record.cypher',
  },
  actors: {
    findByIds: 'actors/find-by-ids.cypher',
    list: 'actors/list.cypher',
    create: 'actors/create.cypher',
    update: 'actors/update.cypher',
    related: 'actors/related.cypher',
    link: 'actors/link.cypher',
  },
  datasets: {
    countExisting: 'datasets/count-existing.cypher',
    mergeActors: 'datasets/merge-actors.cypher',
    mergeIssues: 'datasets/merge-issues.cypher',
    mergeIssueParents: 'datasets/merge-issue-parents.cypher',
    mergeSources: 'datasets/merge-sources.cypher',
    mergeEvents: 'datasets/merge-events.cypher',
    mergeProposals: 'datasets/merge-proposals.cypher',
    mergePositions: 'datasets/merge-positions.cypher',
    mergeRelations: 'datasets/merge-relations.cypher',
    mergeDataset: 'datasets/merge-dataset.cypher',
  },
  issues: {
    findByIds: 'issues/find-by-ids.cypher',
    list: 'issues/list.cypher',
    children: 'issues/children.cypher',
    create: 'issues/create.cypher',
    update: 'issues/update.cypher',
    ancestors: 'issues/ancestors.cypher',
  },
  positions: {
    findByIds: 'positions/find-by-ids.cypher',
    byHolders: 'positions/by-holders.cypher',
    byIssues: 'positions/by-issues.cypher',
    list: 'positions/list.cypher',
    history: 'positions/history.cypher',
    evidence: 'positions/evidence.cypher',
    findHolders: 'positions/find-holders.cypher',
    current: 'positions/current.cypher',
    record: 'positions/record.cypher',
    retire: 'positions/retire.cypher',
    attachEvidence: 'positions/attach-evidence.cypher',
    refreshConfidence: 'positions/refresh-confidence.cypher',
  },
  sources: {
    findByIds: 'sources/find-by-ids.cypher',
    list: 'sources/list.cypher',
    create: 'sources/create.cypher',
    update: 'sources/update.cypher',
  },
  events: {
    findByIds: 'events/find-by-ids.cypher',
    list: 'events/list.cypher',
    create: 'events/create.cypher',
    update: 'events/update.cypher',
    participants: 'events/participants.cypher',
    reportedBy: 'events/reported-by.cypher',
  },
  proposals: {
    findByIds: 'proposals/find-by-ids.cypher',
    list: 'proposals/list.cypher',
    create: 'proposals/create.cypher',
    update: 'proposals/update.cypher',
    sponsors: 'proposals/sponsors.cypher',
    reactions: 'proposals/reactions.cypher',
    recordReaction: 'proposals/record-reaction.cypher',
  },
  divergence: {
    points: 'divergence/points.cypher',
    eventParticipants: 'divergence/event-participants.cypher',
    shiftPairs: 'divergence/shift-pairs.cypher',
  },
  interop: {
    datasets: 'interop/datasets.cypher',
    count: 'interop/count.cypher',
    missingIds: 'interop/missing-ids.cypher',
    actorsPage: 'interop/actors-page.cypher',
    issuesPage: 'interop/issues-page.cypher',
    sourcesPage: 'interop/sources-page.cypher',
    eventsPage: 'interop/events-page.cypher',
    proposalsPage: 'interop/proposals-page.cypher',
    positionsPage: 'interop/positions-page.cypher',
    actorRelationsPage: 'interop/actor-relations-page.cypher',
    eventRelationsPage: 'interop/event-relations-page.cypher',
  },
} as const;

export type CypherDomain = keyof typeof CYPHER_FILES;
