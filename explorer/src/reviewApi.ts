import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { gql } from './api';
import { graphql } from './gql';
import type {
  ReviewQueueQuery,
  ReviewRelationTypesQuery,
  SuggestedEdgesQuery,
  SuggestionEdits,
  SuggestionKind,
} from './gql/graphql';

/**
 * The review queue's operations. Like every operation of the explorer they are written with graphql(), so
 * `npm run codegen` registers them in the trusted-documents manifest and the bundle sends only their hash; the
 * result types are the generated ones, so a schema change that breaks the panel fails the typecheck.
 */
graphql(`
  fragment ReviewSuggestion on Suggestion {
    id
    kind
    page
    sentence
    relationType
    rule
    confidence
    document {
      id
      name
    }
    from {
      id
      existing
      type
      name
      start
      end
    }
    to {
      id
      existing
      type
      name
      start
      end
    }
    entityType
    name
    aliases
    nameStart
    nameEnd
    entity {
      id
      name
    }
    alias
  }
`);
const Queue = graphql(`
  query ReviewQueue($kind: SuggestionKind, $first: Int, $after: String) {
    suggestions(status: PENDING, kind: $kind, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ReviewSuggestion
      }
    }
  }
`);
const RelationTypes = graphql(`
  query ReviewRelationTypes {
    relationTypes {
      type
      labelEn
      from
      to
    }
  }
`);
const Accept = graphql(`
  mutation ReviewAccept($id: ID!, $edits: SuggestionEdits) {
    acceptSuggestion(id: $id, edits: $edits) {
      suggestion {
        id
        status
        resultId
      }
      relation {
        id
        type
      }
      entity {
        id
        name
      }
    }
  }
`);
const Reject = graphql(`
  mutation ReviewReject($id: ID!, $reason: String!) {
    rejectSuggestion(id: $id, reason: $reason) {
      id
      status
      reason
    }
  }
`);
const Edges = graphql(`
  query SuggestedEdges($after: String) {
    suggestions(status: PENDING, kind: RELATION, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        relationType
        confidence
        from {
          id
          existing
        }
        to {
          id
          existing
        }
      }
    }
  }
`);

export type ReviewItem = ReviewQueueQuery['suggestions']['nodes'][number];
export type RelationTypeInfo = ReviewRelationTypesQuery['relationTypes'][number];
export type SuggestedEdge = SuggestedEdgesQuery['suggestions']['nodes'][number];

const send = <R, V>(doc: TypedDocumentNode<R, V>, variables: V, token?: string) =>
  gql<R>(doc, variables as Record<string, unknown>, token);

export const reviewQueries = {
  queue: (kind: SuggestionKind | null, after: string | null, first = 20) =>
    send(Queue, { kind, after, first }).then((d) => d.suggestions),
  relationTypes: () => send(RelationTypes, {}).then((d) => d.relationTypes),
  /** Curator only: the token goes in the Authorization header of this request and nowhere else. */
  accept: (id: string, edits: SuggestionEdits | null, token: string) =>
    send(Accept, { id, edits }, token).then((d) => d.acceptSuggestion),
  reject: (id: string, reason: string, token: string) =>
    send(Reject, { id, reason }, token).then((d) => d.rejectSuggestion),
  edges: (after: string | null) => send(Edges, { after }).then((d) => d.suggestions),
};
