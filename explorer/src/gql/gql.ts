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
    "\n  fragment ExplorerRelation on Relation {\n    id\n    type\n    from {\n      id\n      type\n      name\n    }\n    to {\n      id\n      type\n      name\n    }\n    evidence {\n      page\n      quote\n      document {\n        id\n        name\n        ... on Document {\n          hasText\n        }\n      }\n    }\n  }\n": typeof types.ExplorerRelationFragmentDoc,
    "\n  query ExplorerSearch($t: String!) {\n    search(text: $t, first: 8) {\n      snippet\n      entity {\n        id\n        type\n        name\n      }\n    }\n  }\n": typeof types.ExplorerSearchDocument,
    "\n  query ExplorerNeighbourIds($id: ID!, $limit: Int, $types: [RelationType!]) {\n    neighbourhood(id: $id, limit: $limit, relationTypes: $types) {\n      truncated\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.ExplorerNeighbourIdsDocument,
    "\n  query ExplorerInduced($ids: [ID!]!) {\n    inducedSubgraph(ids: $ids) {\n      truncated\n      nodes {\n        id\n        type\n        name\n      }\n      relations {\n        ...ExplorerRelation\n      }\n    }\n  }\n": typeof types.ExplorerInducedDocument,
    "\n  query ExplorerPassageSearch($t: String!) {\n    passageSearch(text: $t, first: 5) {\n      page\n      snippet\n      passage {\n        id\n        text\n      }\n      document {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ExplorerPassageSearchDocument,
    "\n  query ExplorerDocument($id: ID!) {\n    document(id: $id) {\n      id\n      name\n      date\n      url\n      citation\n      identifiers {\n        scheme\n        value\n        url\n      }\n    }\n  }\n": typeof types.ExplorerDocumentDocument,
    "\n  query ExplorerPath($a: ID!, $b: ID!) {\n    shortestPath(from: $a, to: $b) {\n      truncated\n      nodes {\n        id\n        type\n        name\n      }\n      relations {\n        ...ExplorerRelation\n      }\n    }\n  }\n": typeof types.ExplorerPathDocument,
    "\n  query ExplorerEntity($id: ID!) {\n    entity(id: $id) {\n      id\n      type\n      name\n      aliases\n      description\n      kind\n      identifiers {\n        scheme\n        value\n        url\n      }\n      relationCount\n      relations(first: 500) {\n        type\n      }\n    }\n  }\n": typeof types.ExplorerEntityDocument,
    "\n  query ExplorerStats {\n    stats {\n      byType {\n        type\n        count\n      }\n    }\n  }\n": typeof types.ExplorerStatsDocument,
    "\n  query ExplorerPassages($id: ID!, $after: String) {\n    document(id: $id) {\n      name\n      passages(first: 200, after: $after) {\n        nodes {\n          id\n          page\n          kind\n          text\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ExplorerPassagesDocument,
    "\n  query OverviewEntities($after: String) {\n    entities(first: 100, after: $after) {\n      totalCount\n      nodes {\n        id\n        type\n        name\n        relationCount\n        ... on Document {\n          date\n        }\n        ... on Commitment {\n          date\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OverviewEntitiesDocument,
    "\n  query OverviewStats {\n    stats {\n      nodeCount\n      relationCount\n      evidenceCount\n      byType {\n        type\n        count\n      }\n    }\n  }\n": typeof types.OverviewStatsDocument,
    "\n  fragment ReviewSuggestion on Suggestion {\n    id\n    kind\n    page\n    sentence\n    relationType\n    rule\n    confidence\n    document {\n      id\n      name\n    }\n    from {\n      id\n      existing\n      type\n      name\n      start\n      end\n    }\n    to {\n      id\n      existing\n      type\n      name\n      start\n      end\n    }\n    entityType\n    name\n    aliases\n    nameStart\n    nameEnd\n    entity {\n      id\n      name\n    }\n    alias\n  }\n": typeof types.ReviewSuggestionFragmentDoc,
    "\n  query ReviewQueue($kind: SuggestionKind, $first: Int, $after: String) {\n    suggestions(status: PENDING, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ReviewSuggestion\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  query ReviewRelationTypes {\n    relationTypes {\n      type\n      labelEn\n      from\n      to\n    }\n  }\n": typeof types.ReviewRelationTypesDocument,
    "\n  mutation ReviewAccept($id: ID!, $edits: SuggestionEdits) {\n    acceptSuggestion(id: $id, edits: $edits) {\n      suggestion {\n        id\n        status\n        resultId\n      }\n      relation {\n        id\n        type\n      }\n      entity {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ReviewAcceptDocument,
    "\n  mutation ReviewReject($id: ID!, $reason: String!) {\n    rejectSuggestion(id: $id, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n": typeof types.ReviewRejectDocument,
    "\n  query SuggestedEdges($after: String) {\n    suggestions(status: PENDING, kind: RELATION, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        relationType\n        confidence\n        from {\n          id\n          existing\n        }\n        to {\n          id\n          existing\n        }\n      }\n    }\n  }\n": typeof types.SuggestedEdgesDocument,
};
const documents: Documents = {
    "\n  fragment ExplorerRelation on Relation {\n    id\n    type\n    from {\n      id\n      type\n      name\n    }\n    to {\n      id\n      type\n      name\n    }\n    evidence {\n      page\n      quote\n      document {\n        id\n        name\n        ... on Document {\n          hasText\n        }\n      }\n    }\n  }\n": types.ExplorerRelationFragmentDoc,
    "\n  query ExplorerSearch($t: String!) {\n    search(text: $t, first: 8) {\n      snippet\n      entity {\n        id\n        type\n        name\n      }\n    }\n  }\n": types.ExplorerSearchDocument,
    "\n  query ExplorerNeighbourIds($id: ID!, $limit: Int, $types: [RelationType!]) {\n    neighbourhood(id: $id, limit: $limit, relationTypes: $types) {\n      truncated\n      nodes {\n        id\n      }\n    }\n  }\n": types.ExplorerNeighbourIdsDocument,
    "\n  query ExplorerInduced($ids: [ID!]!) {\n    inducedSubgraph(ids: $ids) {\n      truncated\n      nodes {\n        id\n        type\n        name\n      }\n      relations {\n        ...ExplorerRelation\n      }\n    }\n  }\n": types.ExplorerInducedDocument,
    "\n  query ExplorerPassageSearch($t: String!) {\n    passageSearch(text: $t, first: 5) {\n      page\n      snippet\n      passage {\n        id\n        text\n      }\n      document {\n        id\n        name\n      }\n    }\n  }\n": types.ExplorerPassageSearchDocument,
    "\n  query ExplorerDocument($id: ID!) {\n    document(id: $id) {\n      id\n      name\n      date\n      url\n      citation\n      identifiers {\n        scheme\n        value\n        url\n      }\n    }\n  }\n": types.ExplorerDocumentDocument,
    "\n  query ExplorerPath($a: ID!, $b: ID!) {\n    shortestPath(from: $a, to: $b) {\n      truncated\n      nodes {\n        id\n        type\n        name\n      }\n      relations {\n        ...ExplorerRelation\n      }\n    }\n  }\n": types.ExplorerPathDocument,
    "\n  query ExplorerEntity($id: ID!) {\n    entity(id: $id) {\n      id\n      type\n      name\n      aliases\n      description\n      kind\n      identifiers {\n        scheme\n        value\n        url\n      }\n      relationCount\n      relations(first: 500) {\n        type\n      }\n    }\n  }\n": types.ExplorerEntityDocument,
    "\n  query ExplorerStats {\n    stats {\n      byType {\n        type\n        count\n      }\n    }\n  }\n": types.ExplorerStatsDocument,
    "\n  query ExplorerPassages($id: ID!, $after: String) {\n    document(id: $id) {\n      name\n      passages(first: 200, after: $after) {\n        nodes {\n          id\n          page\n          kind\n          text\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ExplorerPassagesDocument,
    "\n  query OverviewEntities($after: String) {\n    entities(first: 100, after: $after) {\n      totalCount\n      nodes {\n        id\n        type\n        name\n        relationCount\n        ... on Document {\n          date\n        }\n        ... on Commitment {\n          date\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OverviewEntitiesDocument,
    "\n  query OverviewStats {\n    stats {\n      nodeCount\n      relationCount\n      evidenceCount\n      byType {\n        type\n        count\n      }\n    }\n  }\n": types.OverviewStatsDocument,
    "\n  fragment ReviewSuggestion on Suggestion {\n    id\n    kind\n    page\n    sentence\n    relationType\n    rule\n    confidence\n    document {\n      id\n      name\n    }\n    from {\n      id\n      existing\n      type\n      name\n      start\n      end\n    }\n    to {\n      id\n      existing\n      type\n      name\n      start\n      end\n    }\n    entityType\n    name\n    aliases\n    nameStart\n    nameEnd\n    entity {\n      id\n      name\n    }\n    alias\n  }\n": types.ReviewSuggestionFragmentDoc,
    "\n  query ReviewQueue($kind: SuggestionKind, $first: Int, $after: String) {\n    suggestions(status: PENDING, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ReviewSuggestion\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  query ReviewRelationTypes {\n    relationTypes {\n      type\n      labelEn\n      from\n      to\n    }\n  }\n": types.ReviewRelationTypesDocument,
    "\n  mutation ReviewAccept($id: ID!, $edits: SuggestionEdits) {\n    acceptSuggestion(id: $id, edits: $edits) {\n      suggestion {\n        id\n        status\n        resultId\n      }\n      relation {\n        id\n        type\n      }\n      entity {\n        id\n        name\n      }\n    }\n  }\n": types.ReviewAcceptDocument,
    "\n  mutation ReviewReject($id: ID!, $reason: String!) {\n    rejectSuggestion(id: $id, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n": types.ReviewRejectDocument,
    "\n  query SuggestedEdges($after: String) {\n    suggestions(status: PENDING, kind: RELATION, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        relationType\n        confidence\n        from {\n          id\n          existing\n        }\n        to {\n          id\n          existing\n        }\n      }\n    }\n  }\n": types.SuggestedEdgesDocument,
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
export function graphql(source: "\n  fragment ExplorerRelation on Relation {\n    id\n    type\n    from {\n      id\n      type\n      name\n    }\n    to {\n      id\n      type\n      name\n    }\n    evidence {\n      page\n      quote\n      document {\n        id\n        name\n        ... on Document {\n          hasText\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ExplorerRelation on Relation {\n    id\n    type\n    from {\n      id\n      type\n      name\n    }\n    to {\n      id\n      type\n      name\n    }\n    evidence {\n      page\n      quote\n      document {\n        id\n        name\n        ... on Document {\n          hasText\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSearch($t: String!) {\n    search(text: $t, first: 8) {\n      snippet\n      entity {\n        id\n        type\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerSearch($t: String!) {\n    search(text: $t, first: 8) {\n      snippet\n      entity {\n        id\n        type\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerNeighbourIds($id: ID!, $limit: Int, $types: [RelationType!]) {\n    neighbourhood(id: $id, limit: $limit, relationTypes: $types) {\n      truncated\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerNeighbourIds($id: ID!, $limit: Int, $types: [RelationType!]) {\n    neighbourhood(id: $id, limit: $limit, relationTypes: $types) {\n      truncated\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerInduced($ids: [ID!]!) {\n    inducedSubgraph(ids: $ids) {\n      truncated\n      nodes {\n        id\n        type\n        name\n      }\n      relations {\n        ...ExplorerRelation\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerInduced($ids: [ID!]!) {\n    inducedSubgraph(ids: $ids) {\n      truncated\n      nodes {\n        id\n        type\n        name\n      }\n      relations {\n        ...ExplorerRelation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerPassageSearch($t: String!) {\n    passageSearch(text: $t, first: 5) {\n      page\n      snippet\n      passage {\n        id\n        text\n      }\n      document {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerPassageSearch($t: String!) {\n    passageSearch(text: $t, first: 5) {\n      page\n      snippet\n      passage {\n        id\n        text\n      }\n      document {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerDocument($id: ID!) {\n    document(id: $id) {\n      id\n      name\n      date\n      url\n      citation\n      identifiers {\n        scheme\n        value\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerDocument($id: ID!) {\n    document(id: $id) {\n      id\n      name\n      date\n      url\n      citation\n      identifiers {\n        scheme\n        value\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerPath($a: ID!, $b: ID!) {\n    shortestPath(from: $a, to: $b) {\n      truncated\n      nodes {\n        id\n        type\n        name\n      }\n      relations {\n        ...ExplorerRelation\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerPath($a: ID!, $b: ID!) {\n    shortestPath(from: $a, to: $b) {\n      truncated\n      nodes {\n        id\n        type\n        name\n      }\n      relations {\n        ...ExplorerRelation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerEntity($id: ID!) {\n    entity(id: $id) {\n      id\n      type\n      name\n      aliases\n      description\n      kind\n      identifiers {\n        scheme\n        value\n        url\n      }\n      relationCount\n      relations(first: 500) {\n        type\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerEntity($id: ID!) {\n    entity(id: $id) {\n      id\n      type\n      name\n      aliases\n      description\n      kind\n      identifiers {\n        scheme\n        value\n        url\n      }\n      relationCount\n      relations(first: 500) {\n        type\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerStats {\n    stats {\n      byType {\n        type\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerStats {\n    stats {\n      byType {\n        type\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerPassages($id: ID!, $after: String) {\n    document(id: $id) {\n      name\n      passages(first: 200, after: $after) {\n        nodes {\n          id\n          page\n          kind\n          text\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerPassages($id: ID!, $after: String) {\n    document(id: $id) {\n      name\n      passages(first: 200, after: $after) {\n        nodes {\n          id\n          page\n          kind\n          text\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewEntities($after: String) {\n    entities(first: 100, after: $after) {\n      totalCount\n      nodes {\n        id\n        type\n        name\n        relationCount\n        ... on Document {\n          date\n        }\n        ... on Commitment {\n          date\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewEntities($after: String) {\n    entities(first: 100, after: $after) {\n      totalCount\n      nodes {\n        id\n        type\n        name\n        relationCount\n        ... on Document {\n          date\n        }\n        ... on Commitment {\n          date\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewStats {\n    stats {\n      nodeCount\n      relationCount\n      evidenceCount\n      byType {\n        type\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewStats {\n    stats {\n      nodeCount\n      relationCount\n      evidenceCount\n      byType {\n        type\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewSuggestion on Suggestion {\n    id\n    kind\n    page\n    sentence\n    relationType\n    rule\n    confidence\n    document {\n      id\n      name\n    }\n    from {\n      id\n      existing\n      type\n      name\n      start\n      end\n    }\n    to {\n      id\n      existing\n      type\n      name\n      start\n      end\n    }\n    entityType\n    name\n    aliases\n    nameStart\n    nameEnd\n    entity {\n      id\n      name\n    }\n    alias\n  }\n"): (typeof documents)["\n  fragment ReviewSuggestion on Suggestion {\n    id\n    kind\n    page\n    sentence\n    relationType\n    rule\n    confidence\n    document {\n      id\n      name\n    }\n    from {\n      id\n      existing\n      type\n      name\n      start\n      end\n    }\n    to {\n      id\n      existing\n      type\n      name\n      start\n      end\n    }\n    entityType\n    name\n    aliases\n    nameStart\n    nameEnd\n    entity {\n      id\n      name\n    }\n    alias\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($kind: SuggestionKind, $first: Int, $after: String) {\n    suggestions(status: PENDING, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ReviewSuggestion\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue($kind: SuggestionKind, $first: Int, $after: String) {\n    suggestions(status: PENDING, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ReviewSuggestion\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewRelationTypes {\n    relationTypes {\n      type\n      labelEn\n      from\n      to\n    }\n  }\n"): (typeof documents)["\n  query ReviewRelationTypes {\n    relationTypes {\n      type\n      labelEn\n      from\n      to\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewAccept($id: ID!, $edits: SuggestionEdits) {\n    acceptSuggestion(id: $id, edits: $edits) {\n      suggestion {\n        id\n        status\n        resultId\n      }\n      relation {\n        id\n        type\n      }\n      entity {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewAccept($id: ID!, $edits: SuggestionEdits) {\n    acceptSuggestion(id: $id, edits: $edits) {\n      suggestion {\n        id\n        status\n        resultId\n      }\n      relation {\n        id\n        type\n      }\n      entity {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewReject($id: ID!, $reason: String!) {\n    rejectSuggestion(id: $id, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewReject($id: ID!, $reason: String!) {\n    rejectSuggestion(id: $id, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestedEdges($after: String) {\n    suggestions(status: PENDING, kind: RELATION, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        relationType\n        confidence\n        from {\n          id\n          existing\n        }\n        to {\n          id\n          existing\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestedEdges($after: String) {\n    suggestions(status: PENDING, kind: RELATION, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        relationType\n        confidence\n        from {\n          id\n          existing\n        }\n        to {\n          id\n          existing\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;