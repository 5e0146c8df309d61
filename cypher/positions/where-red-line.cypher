// A filter of a page of positions (see where-holder.cypher): only red lines.
// Parameters: none.
WITH h, p, i WHERE p.redLine
