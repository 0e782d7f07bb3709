/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ExplorerRelation on Relation {\n    id type from { id type name } to { id type name } evidence { page quote document { id name ... on Document { hasText } } }\n  }\n": typeof types.ExplorerRelationFragmentDoc,
    "query ExplorerSearch($t: String!) { search(text: $t, first: 8) { snippet entity { id type name } } }": typeof types.ExplorerSearchDocument,
    "query ExplorerNeighbourIds($id: ID!, $limit: Int, $types: [RelationType!]) { neighbourhood(id: $id, limit: $limit, relationTypes: $types) { truncated nodes { id } } }": typeof types.ExplorerNeighbourIdsDocument,
    "query ExplorerInduced($ids: [ID!]!) { inducedSubgraph(ids: $ids) { truncated nodes { id type name } relations { ...ExplorerRelation } } }": typeof types.ExplorerInducedDocument,
    "query ExplorerPassageSearch($t: String!) { passageSearch(text: $t, first: 5) { page snippet passage { id text } document { id name } } }": typeof types.ExplorerPassageSearchDocument,
    "query ExplorerDocument($id: ID!) { document(id: $id) { id name date url citation identifiers { scheme value url } } }": typeof types.ExplorerDocumentDocument,
    "query ExplorerPath($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b) { truncated nodes { id type name } relations { ...ExplorerRelation } } }": typeof types.ExplorerPathDocument,
    "query ExplorerEntity($id: ID!) { entity(id: $id) { id type name aliases description kind identifiers { scheme value url } relationCount relations(first: 500) { type } } }": typeof types.ExplorerEntityDocument,
    "query ExplorerStats { stats { byType { type count } } }": typeof types.ExplorerStatsDocument,
    "query ExplorerPassages($id: ID!, $after: String) { document(id: $id) { name passages(first: 200, after: $after) { nodes { id page kind text } pageInfo { hasNextPage endCursor } } } }": typeof types.ExplorerPassagesDocument,
    "query OverviewEntities($after: String) { entities(first: 100, after: $after) { totalCount nodes { id type name relationCount ... on Document { date } ... on Commitment { date } } pageInfo { hasNextPage endCursor } } }": typeof types.OverviewEntitiesDocument,
    "query OverviewStats { stats { nodeCount relationCount evidenceCount byType { type count } } }": typeof types.OverviewStatsDocument,
};
const documents: Documents = {
    "\n  fragment ExplorerRelation on Relation {\n    id type from { id type name } to { id type name } evidence { page quote document { id name ... on Document { hasText } } }\n  }\n": types.ExplorerRelationFragmentDoc,
    "query ExplorerSearch($t: String!) { search(text: $t, first: 8) { snippet entity { id type name } } }": types.ExplorerSearchDocument,
    "query ExplorerNeighbourIds($id: ID!, $limit: Int, $types: [RelationType!]) { neighbourhood(id: $id, limit: $limit, relationTypes: $types) { truncated nodes { id } } }": types.ExplorerNeighbourIdsDocument,
    "query ExplorerInduced($ids: [ID!]!) { inducedSubgraph(ids: $ids) { truncated nodes { id type name } relations { ...ExplorerRelation } } }": types.ExplorerInducedDocument,
    "query ExplorerPassageSearch($t: String!) { passageSearch(text: $t, first: 5) { page snippet passage { id text } document { id name } } }": types.ExplorerPassageSearchDocument,
    "query ExplorerDocument($id: ID!) { document(id: $id) { id name date url citation identifiers { scheme value url } } }": types.ExplorerDocumentDocument,
    "query ExplorerPath($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b) { truncated nodes { id type name } relations { ...ExplorerRelation } } }": types.ExplorerPathDocument,
    "query ExplorerEntity($id: ID!) { entity(id: $id) { id type name aliases description kind identifiers { scheme value url } relationCount relations(first: 500) { type } } }": types.ExplorerEntityDocument,
    "query ExplorerStats { stats { byType { type count } } }": types.ExplorerStatsDocument,
    "query ExplorerPassages($id: ID!, $after: String) { document(id: $id) { name passages(first: 200, after: $after) { nodes { id page kind text } pageInfo { hasNextPage endCursor } } } }": types.ExplorerPassagesDocument,
    "query OverviewEntities($after: String) { entities(first: 100, after: $after) { totalCount nodes { id type name relationCount ... on Document { date } ... on Commitment { date } } pageInfo { hasNextPage endCursor } } }": types.OverviewEntitiesDocument,
    "query OverviewStats { stats { nodeCount relationCount evidenceCount byType { type count } } }": types.OverviewStatsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExplorerRelation on Relation {\n    id type from { id type name } to { id type name } evidence { page quote document { id name ... on Document { hasText } } }\n  }\n"): (typeof documents)["\n  fragment ExplorerRelation on Relation {\n    id type from { id type name } to { id type name } evidence { page quote document { id name ... on Document { hasText } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerSearch($t: String!) { search(text: $t, first: 8) { snippet entity { id type name } } }"): (typeof documents)["query ExplorerSearch($t: String!) { search(text: $t, first: 8) { snippet entity { id type name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerNeighbourIds($id: ID!, $limit: Int, $types: [RelationType!]) { neighbourhood(id: $id, limit: $limit, relationTypes: $types) { truncated nodes { id } } }"): (typeof documents)["query ExplorerNeighbourIds($id: ID!, $limit: Int, $types: [RelationType!]) { neighbourhood(id: $id, limit: $limit, relationTypes: $types) { truncated nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerInduced($ids: [ID!]!) { inducedSubgraph(ids: $ids) { truncated nodes { id type name } relations { ...ExplorerRelation } } }"): (typeof documents)["query ExplorerInduced($ids: [ID!]!) { inducedSubgraph(ids: $ids) { truncated nodes { id type name } relations { ...ExplorerRelation } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerPassageSearch($t: String!) { passageSearch(text: $t, first: 5) { page snippet passage { id text } document { id name } } }"): (typeof documents)["query ExplorerPassageSearch($t: String!) { passageSearch(text: $t, first: 5) { page snippet passage { id text } document { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerDocument($id: ID!) { document(id: $id) { id name date url citation identifiers { scheme value url } } }"): (typeof documents)["query ExplorerDocument($id: ID!) { document(id: $id) { id name date url citation identifiers { scheme value url } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerPath($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b) { truncated nodes { id type name } relations { ...ExplorerRelation } } }"): (typeof documents)["query ExplorerPath($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b) { truncated nodes { id type name } relations { ...ExplorerRelation } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerEntity($id: ID!) { entity(id: $id) { id type name aliases description kind identifiers { scheme value url } relationCount relations(first: 500) { type } } }"): (typeof documents)["query ExplorerEntity($id: ID!) { entity(id: $id) { id type name aliases description kind identifiers { scheme value url } relationCount relations(first: 500) { type } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerStats { stats { byType { type count } } }"): (typeof documents)["query ExplorerStats { stats { byType { type count } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerPassages($id: ID!, $after: String) { document(id: $id) { name passages(first: 200, after: $after) { nodes { id page kind text } pageInfo { hasNextPage endCursor } } } }"): (typeof documents)["query ExplorerPassages($id: ID!, $after: String) { document(id: $id) { name passages(first: 200, after: $after) { nodes { id page kind text } pageInfo { hasNextPage endCursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OverviewEntities($after: String) { entities(first: 100, after: $after) { totalCount nodes { id type name relationCount ... on Document { date } ... on Commitment { date } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query OverviewEntities($after: String) { entities(first: 100, after: $after) { totalCount nodes { id type name relationCount ... on Document { date } ... on Commitment { date } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OverviewStats { stats { nodeCount relationCount evidenceCount byType { type count } } }"): (typeof documents)["query OverviewStats { stats { nodeCount relationCount evidenceCount byType { type count } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;