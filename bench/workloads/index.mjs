// The workloads every implementation answers (raw driver, Faultline, @neo4j/graphql).
import actorDetail from './actor-detail.mjs';
import actorPage from './actor-page.mjs';
import issuePositionsAsOf from './issue-positions-as-of.mjs';
import issuesByPositions from './issues-by-positions.mjs';

export const COMPARED = [actorDetail, actorPage, issuesByPositions, issuePositionsAsOf];
