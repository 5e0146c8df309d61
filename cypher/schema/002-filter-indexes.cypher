// Indexes on what queries filter by: position validity (asOf reads), issue category, actor kind.
CREATE INDEX position_validity IF NOT EXISTS FOR (n:Position) ON (n.validFrom, n.validTo);
CREATE INDEX position_valid_to IF NOT EXISTS FOR (n:Position) ON (n.validTo);
CREATE INDEX position_red_line IF NOT EXISTS FOR (n:Position) ON (n.redLine);
CREATE INDEX issue_category IF NOT EXISTS FOR (n:Issue) ON (n.category);
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
