/** The explorer's only way to the data: the public GraphQL API (the explorer contract). */
export class ApiError extends Error {}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The API cannot be reached. Is the server running?');
  }
  const body = (await res.json().catch(() => null)) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  if (!body) throw new ApiError(`The API answered ${res.status} without data.`);
  if (body.errors?.length) {
    const e = body.errors[0]!;
    throw new ApiError(
      e.extensions?.code === 'SERVICE_UNAVAILABLE' ? 'The database is unavailable; try again shortly.' : e.message,
    );
  }
  return body.data as T;
}

export interface EntityLite {
  id: string;
  type: string;
  name: string;
}
export interface EvidenceLite {
  page: number | null;
  quote: string;
  document: { id: string; name: string; hasText: boolean };
}
export interface RelationLite {
  id: string;
  type: string;
  from: EntityLite;
  to: EntityLite;
  evidence: EvidenceLite[];
}
export interface SubgraphLite {
  nodes: EntityLite[];
  relations: RelationLite[];
  truncated: boolean;
}

const REL =
  'id type from { id type name } to { id type name } evidence { page quote document { id name ... on Document { hasText } } }';

export const queries = {
  search: (text: string) =>
    gql<{ search: { snippet: string | null; entity: EntityLite }[] }>(
      'query S($t: String!) { search(text: $t, first: 8) { snippet entity { id type name } } }',
      { t: text },
    ),
  /** Only the ids: what an expansion adds is then drawn with everything else by `induced`. */
  neighbourIds: (id: string, limit: number, relationTypes: string[] | null) =>
    gql<{ neighbourhood: { truncated: boolean; nodes: { id: string }[] } }>(
      'query N($id: ID!, $limit: Int, $types: [RelationType!]) { neighbourhood(id: $id, limit: $limit, relationTypes: $types) { truncated nodes { id } } }',
      { id, limit, types: relationTypes },
    ),
  /** The entities of a view and every relation among them: one call per step, whatever the number of nodes. */
  induced: (ids: string[]) =>
    gql<{ inducedSubgraph: SubgraphLite }>(
      `query I($ids: [ID!]!) { inducedSubgraph(ids: $ids) { truncated nodes { id type name } relations { ${REL} } } }`,
      { ids },
    ),
  passageSearch: (text: string) =>
    gql<{
      passageSearch: {
        page: number;
        snippet: string;
        passage: { id: string; text: string };
        document: { id: string; name: string };
      }[];
    }>(
      'query PS($t: String!) { passageSearch(text: $t, first: 5) { page snippet passage { id text } document { id name } } }',
      { t: text },
    ),
  document: (id: string) =>
    gql<{
      document: {
        id: string;
        name: string;
        date: string | null;
        url: string | null;
        citation: string | null;
        identifiers: { scheme: string; value: string; url: string | null }[];
      } | null;
    }>('query Doc($id: ID!) { document(id: $id) { id name date url citation identifiers { scheme value url } } }', {
      id,
    }),
  path: (from: string, to: string) =>
    gql<{ shortestPath: SubgraphLite | null }>(
      `query P($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b) { truncated nodes { id type name } relations { ${REL} } } }`,
      { a: from, b: to },
    ),
  entity: (id: string) =>
    gql<{
      entity:
        | (EntityLite & {
            aliases: string[];
            description: string | null;
            kind: string | null;
            identifiers: { scheme: string; value: string; url: string | null }[];
            relationCount: number;
            relations: { type: string }[];
          })
        | null;
    }>(
      'query E($id: ID!) { entity(id: $id) { id type name aliases description kind identifiers { scheme value url } relationCount relations(first: 500) { type } } }',
      { id },
    ),
  stats: () => gql<{ stats: { byType: { type: string; count: number }[] } }>('{ stats { byType { type count } } }'),
  passages: (id: string, after: string | null) =>
    gql<{
      document: {
        name: string;
        passages: {
          nodes: { id: string; page: number; kind: string; text: string }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } | null;
    }>(
      'query D($id: ID!, $after: String) { document(id: $id) { name passages(first: 200, after: $after) { nodes { id page kind text } pageInfo { hasNextPage endCursor } } } }',
      { id, after },
    ),
};
