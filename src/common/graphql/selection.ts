import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The names of the fields selected below the field being resolved, or below `path` from it (e.g.
 * `['edges', 'node']` in a connection), through fragments and inline fragments: reads fetch what
 * the query shows and nothing else, and fetch it along instead of in another round trip.
 */
export function selectedFieldNames(info: GraphQLResolveInfo, path: string[] = []): Set<string> {
  return new Set(selectedFields(info, path).map((field) => field.name.value));
}

/** The field nodes selected below the field being resolved, or below `path` from it. */
export function selectedFields(info: GraphQLResolveInfo, path: string[] = []): FieldNode[] {
  const seenFragments = new Set<string>();
  const fieldsOf = (set: SelectionSetNode | undefined): FieldNode[] =>
    (set?.selections ?? []).flatMap((selection) => {
      if (selection.kind === 'Field') return [selection];
      if (selection.kind === 'InlineFragment') return fieldsOf(selection.selectionSet);
      const fragmentName = selection.name.value;
      if (seenFragments.has(fragmentName)) return [];
      seenFragments.add(fragmentName);
      return fieldsOf(info.fragments[fragmentName]?.selectionSet);
    });
  let level = info.fieldNodes;
  for (const step of path) {
    seenFragments.clear();
    level = level.flatMap((node) => fieldsOf(node.selectionSet)).filter((field) => field.name.value === step);
  }
  seenFragments.clear();
  return level.flatMap((node) => fieldsOf(node.selectionSet));
}
