import type { PageRecord } from '../db/records';
import type { Resolvers } from '../generated/resolvers';

/** Relay connection fields derived from a page record; totalCount is counted only when asked for. */
export function connection<T>() {
  return {
    edges: (p: PageRecord<T>) => p.edges,
    nodes: (p: PageRecord<T>) => p.edges.map((e) => e.node),
    pageInfo: (p: PageRecord<T>) => ({
      hasNextPage: p.hasNextPage,
      hasPreviousPage: p.hasPreviousPage,
      startCursor: p.edges[0]?.cursor ?? null,
      endCursor: p.edges[p.edges.length - 1]?.cursor ?? null,
    }),
    totalCount: (p: PageRecord<T>) => p.totalCount(),
  };
}

export const connectionResolvers: Resolvers = {
  EntityConnection: connection(),
  RelationConnection: connection(),
  PassageConnection: connection(),
  QuestionConnection: connection(),
  IngestedDocumentConnection: connection(),
  SuggestionConnection: connection(),
  MentionConnection: { pageInfo: connection().pageInfo, totalCount: connection().totalCount },
};
