// Position holders (actors or proposals) by id, each marked with its kind.
// Parameters: $ids (holder ids).
UNWIND $ids AS id
MATCH (h:Holder {id: id})
RETURN h {.*, holderType: CASE WHEN h:Proposal THEN 'Proposal' ELSE 'Actor' END} AS holder
