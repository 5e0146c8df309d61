// A filter of a page of positions (see where-holder.cypher): only the versions valid at $asOf
// (left out when the page asks for every version).
// Parameters: $asOf (ISO date-time).
WITH h, p, i WHERE p.validFrom <= datetime($asOf) AND (p.validTo IS NULL OR datetime($asOf) < p.validTo)
