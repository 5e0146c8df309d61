// A filter of a page of positions (see where-holder.cypher): only those of salience $minSalience
// or more.
// Parameters: $minSalience (0-1).
WITH h, p, i WHERE p.salience >= $minSalience
