import {
  getArgumentValues,
  isInterfaceType,
  isObjectType,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/** The selections of field `name` directly inside `sets`, through fragments and inline fragments. */
export function fieldsNamed(
  info: GraphQLResolveInfo,
  sets: readonly (SelectionSetNode | undefined)[],
  name: string,
): FieldNode[] {
  const out: FieldNode[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === 'Field') {
        if (sel.name.value === name) out.push(sel);
      } else if (sel.kind === 'InlineFragment') walk(sel.selectionSet);
      else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        walk(info.fragments[sel.name.value]?.selectionSet);
      }
    }
  };
  sets.forEach(walk);
  return out;
}

/**
 * What a root resolver needs to fetch a child field in its own query (one round trip per root field): the
 * arguments of the one selection of `typeName.field` under the current field, and whether that selection
 * reaches `needs`. null when the field is not selected, selected more than once (aliases with different
 * arguments), or its arguments do not coerce — the child resolver then runs as usual and reports any error.
 */
export function lookahead(
  info: GraphQLResolveInfo,
  typeName: string,
  field: string,
  needs: string,
): { args: Record<string, unknown>; needs: boolean; node: FieldNode } | null {
  const nodes = fieldsNamed(
    info,
    info.fieldNodes.map((f) => f.selectionSet),
    field,
  );
  const node = nodes[0];
  if (nodes.length !== 1 || !node) return null;
  const type = info.schema.getType(typeName);
  const def = isInterfaceType(type) || isObjectType(type) ? type.getFields()[field] : undefined;
  if (!def) return null;
  try {
    return {
      args: getArgumentValues(def, node, info.variableValues),
      needs: fieldsNamed(info, [node.selectionSet], needs).length > 0,
      node,
    };
  } catch {
    return null;
  }
}

/** Names of the fields selected directly under the selections at `path` below the current field (or `from`), through fragments. */
export function namesUnder(
  info: GraphQLResolveInfo,
  path: readonly string[],
  from: readonly FieldNode[] = info.fieldNodes,
): Set<string> {
  let nodes: FieldNode[] = [...from];
  for (const step of path)
    nodes = fieldsNamed(
      info,
      nodes.map((n) => n.selectionSet),
      step,
    );
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === 'Field') names.add(sel.name.value);
      else if (sel.kind === 'InlineFragment') walk(sel.selectionSet);
      else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        walk(info.fragments[sel.name.value]?.selectionSet);
      }
    }
  };
  nodes.forEach((n) => walk(n.selectionSet));
  return names;
}
