import { graphql } from './gql';
/** The explorer's only way to the data: the public GraphQL API (the explorer contract). */
export class ApiError extends Error {
  /** The API's error code and the argument it blames (`extensions.code`, `extensions.argument`), when it gave them. */
  constructor(
    message: string,
    readonly code?: string,
    readonly argument?: string,
  ) {
    super(message);
  }
}

/** A registered operation as the bundle holds it: only its id, the sha256 hash of the document in the manifest. */
type Registered = { __meta__?: { hash?: string } } | object;

/**
 * Sends a registered operation by its id (Apollo's persisted-query extension), never its text: the server looks the
 * document up in its trusted-documents manifest, so the explorer also works when the server answers only those.
 */
export async function gql<T>(
  operation: Registered,
  variables: Record<string, unknown> = {},
  /** A Bearer token for the operations that need a role (the review panel's curator token). */
  token?: string,
): Promise<T> {
  const hash = (operation as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new ApiError('This operation is not registered: run `npm run codegen`.');
  let res: Response;
  try {
    // The manifest keys are "sha256:<hex>"; the persisted-query extension carries the bare hex digest.
    const extensions = { persistedQuery: { version: 1, sha256Hash: hash.replace(/^sha256:/, '') } };
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ variables, extensions }),
    });
  } catch {
    throw new ApiError('The API cannot be reached. Is the server running?');
  }
  const body = (await res.json().catch(() => null)) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string; argument?: string } }[];
  } | null;
  if (!body) throw new ApiError(`The API answered ${res.status} without data.`);
  if (body.errors?.length) {
    const e = body.errors[0]!;
    throw new ApiError(
      e.extensions?.code === 'SERVICE_UNAVAILABLE' ? 'The database is unavailable; try again shortly.' : e.message,
      e.extensions?.code,
      e.extensions?.argument,
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

// Every operation is written with graphql() so that `npm run codegen` registers it in the trusted-documents manifest;
// in the bundle each one is only its hash (persisted-documents mode replaceDocumentWithHash).
graphql(`
  fragment ExplorerRelation on Relation {
    id
    type
    from {
      id
      type
      name
    }
    to {
      id
      type
      name
    }
    evidence {
      page
      quote
      document {
        id
        name
        ... on Document {
          hasText
        }
      }
    }
  }
`);
const Search = graphql(`
  query ExplorerSearch($t: String!) {
    search(text: $t, first: 8) {
      snippet
      entity {
        id
        type
        name
      }
    }
  }
`);
const NeighbourIds = graphql(`
  query ExplorerNeighbourIds($id: ID!, $limit: Int, $types: [RelationType!]) {
    neighbourhood(id: $id, limit: $limit, relationTypes: $types) {
      truncated
      nodes {
        id
      }
    }
  }
`);
const Induced = graphql(`
  query ExplorerInduced($ids: [ID!]!) {
    inducedSubgraph(ids: $ids) {
      truncated
      nodes {
        id
        type
        name
      }
      relations {
        ...ExplorerRelation
      }
    }
  }
`);
const PassageSearch = graphql(`
  query ExplorerPassageSearch($t: String!) {
    passageSearch(text: $t, first: 5) {
      page
      snippet
      passage {
        id
        text
      }
      document {
        id
        name
      }
    }
  }
`);
const DocumentInfo = graphql(`
  query ExplorerDocument($id: ID!) {
    document(id: $id) {
      id
      name
      date
      url
      citation
      identifiers {
        scheme
        value
        url
      }
    }
  }
`);
const Path = graphql(`
  query ExplorerPath($a: ID!, $b: ID!) {
    shortestPath(from: $a, to: $b) {
      truncated
      nodes {
        id
        type
        name
      }
      relations {
        ...ExplorerRelation
      }
    }
  }
`);
const Entity = graphql(`
  query ExplorerEntity($id: ID!) {
    entity(id: $id) {
      id
      type
      name
      aliases
      description
      kind
      identifiers {
        scheme
        value
        url
      }
      relationCount
      relations(first: 500) {
        type
      }
    }
  }
`);
const Stats = graphql(`
  query ExplorerStats {
    stats {
      byType {
        type
        count
      }
    }
  }
`);
const Passages = graphql(`
  query ExplorerPassages($id: ID!, $after: String) {
    document(id: $id) {
      name
      passages(first: 200, after: $after) {
        nodes {
          id
          page
          kind
          text
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const queries = {
  search: (text: string) => gql<{ search: { snippet: string | null; entity: EntityLite }[] }>(Search, { t: text }),
  /** Only the ids: what an expansion adds is then drawn with everything else by `induced`. */
  neighbourIds: (id: string, limit: number, relationTypes: string[] | null) =>
    gql<{ neighbourhood: { truncated: boolean; nodes: { id: string }[] } }>(NeighbourIds, {
      id,
      limit,
      types: relationTypes,
    }),
  /** The entities of a view and every relation among them: one call per step, whatever the number of nodes. */
  induced: (ids: string[]) => gql<{ inducedSubgraph: SubgraphLite }>(Induced, { ids }),
  passageSearch: (text: string) =>
    gql<{
      passageSearch: {
        page: number;
        snippet: string;
        passage: { id: string; text: string };
        document: { id: string; name: string };
      }[];
    }>(PassageSearch, { t: text }),
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
    }>(DocumentInfo, { id }),
  path: (from: string, to: string) => gql<{ shortestPath: SubgraphLite | null }>(Path, { a: from, b: to }),
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
    }>(Entity, { id }),
  stats: () => gql<{ stats: { byType: { type: string; count: number }[] } }>(Stats),
  passages: (id: string, after: string | null) =>
    gql<{
      document: {
        name: string;
        passages: {
          nodes: { id: string; page: number; kind: string; text: string }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } | null;
    }>(Passages, { id, after }),
};
