// A filter of a page of positions (see where-holder.cypher): only those on issues of $category.
// Parameters: $category (IssueCategory).
WITH h, p, i WHERE i.category = $category
