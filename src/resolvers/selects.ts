import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the client's selection under this field reaches `path` (e.g. ['relations', 'evidence']), through
 * fragments and inline fragments. Lets a resolver skip work nobody asked for (evidence of 400 relations).
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const walk = (set: SelectionSetNode | undefined, rest: readonly string[], seen: Set<string>): boolean => {
    if (!set || !rest.length) return !rest.length;
    for (const sel of set.selections) {
      if (sel.kind === 'Field') {
        if (sel.name.value === rest[0] && (rest.length === 1 || walk(sel.selectionSet, rest.slice(1), seen))) return true;
      } else if (sel.kind === 'InlineFragment') {
        if (walk(sel.selectionSet, rest, seen)) return true;
      } else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        if (walk(info.fragments[sel.name.value]?.selectionSet, rest, seen)) return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((f: FieldNode) => walk(f.selectionSet, path, new Set()));
}
