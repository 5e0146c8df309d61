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
    // A page of actors: a count-*.cypher start, then list-page.cypher (see ActorsRepository.list).
    countAll: 'actors/count-all.cypher',
    countByKind: 'actors/count-by-kind.cypher',
    countByIssue: 'actors/count-by-issue.cypher',
    listPage: 'actors/list-page.cypher',
    search: 'actors/search.cypher',
    create: 'actors/create.cypher',
    update: 'actors/update.cypher',
    related: 'actors/related.cypher',
    link: 'actors/link.cypher',
  },
  datasets: {
    existingIds: 'datasets/existing-ids.cypher',
    mergeActors: 'datasets/merge-actors.cypher',
    mergeIssues: 'datasets/merge-issues.cypher',
    mergeIssueParents: 'datasets/merge-issue-parents.cypher',
    mergeSources: 'datasets/merge-sources.cypher',
    mergeEvents: 'datasets/merge-events.cypher',
    mergeProposals: 'datasets/merge-proposals.cypher',
    createPositions: 'datasets/create-positions.cypher',
    mergePositions: 'datasets/merge-positions.cypher',
    mergeRelations: 'datasets/merge-relations.cypher',
    mergeChanges: 'datasets/merge-changes.cypher',
    mergeDataset: 'datasets/merge-dataset.cypher',
  },
  issues: {
    findByIds: 'issues/find-by-ids.cypher',
    list: 'issues/list.cypher',
    listByPositionCount: 'issues/list-by-position-count.cypher',
    positionCounts: 'issues/position-counts.cypher',
    children: 'issues/children.cypher',
    create: 'issues/create.cypher',
    update: 'issues/update.cypher',
    ancestors: 'issues/ancestors.cypher',
  },
  positions: {
    findByIds: 'positions/find-by-ids.cypher',
    byHolders: 'positions/by-holders.cypher',
    byIssues: 'positions/by-issues.cypher',
    // Parts of statements, joined per read (see PositionsRepository): a start (by-holders,
    // by-issues, list-from-*, then list-page), the row, its optional parts, an order, and the
    // collection of the rows.
    listFromIssue: 'positions/list-from-issue.cypher',
    listFromHolder: 'positions/list-from-holder.cypher',
    listFromAll: 'positions/list-from-all.cypher',
    listPage: 'positions/list-page.cypher',
    columns: 'positions/columns.cypher',
    issueColumn: 'positions/issue-column.cypher',
    evidenceColumn: 'positions/evidence-column.cypher',
    orderByIssue: 'positions/order-by-issue.cypher',
    orderByHolder: 'positions/order-by-holder.cypher',
    collectRows: 'positions/collect-rows.cypher',
    history: 'positions/history.cypher',
    evidence: 'positions/evidence.cypher',
    findHolders: 'positions/find-holders.cypher',
    checkRecord: 'positions/check-record.cypher',
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
    changesPage: 'interop/changes-page.cypher',
    count: 'interop/count.cypher',
    missingIds: 'interop/missing-ids.cypher',
    actorsPage: 'interop/actors-page.cypher',
    issuesPage: 'interop/issues-page.cypher',
    sourcesPage: 'interop/sources-page.cypher',
    eventsPage: 'interop/events-page.cypher',
    proposalsPage: 'interop/proposals-page.cypher',
    // A statement of parts (see InteropRepository): the page, optionally the descriptions, then
    // the columns.
    positionsPage: 'interop/positions-page.cypher',
    positionDescriptions: 'interop/position-descriptions.cypher',
    positionColumns: 'interop/position-columns.cypher',
    actorRelationsPage: 'interop/actor-relations-page.cypher',
    eventRelationsPage: 'interop/event-relations-page.cypher',
  },
} as const;

export type CypherDomain = keyof typeof CYPHER_FILES;
