import { RELATION_TYPES } from '../../src/db/labels';

/**
 * Type definitions for @neo4j/graphql over the very same graph the API serves, written as a user of that library
 * would: one node type per label the mix touches, one relationship field per relationship type and direction
 * (the library has no "any of these types" relationship), the evidence arrays as relationship properties, the
 * two full-text indexes the API uses. Only the benchmark uses this.
 */
export function neo4jGraphqlTypeDefs(): string {
  const relFields = RELATION_TYPES.flatMap((t) => [
    `  out_${t}: [Entity!]! @relationship(type: "${t}", direction: OUT, properties: "Evidence")`,
    `  in_${t}: [Entity!]! @relationship(type: "${t}", direction: IN, properties: "Evidence")`,
  ]).join('\n');
  return `
type Evidence @relationshipProperties {
  id: String
  origin: String
  evidenceDocumentIds: [String!]
  evidencePages: [Int!]
  evidenceQuotes: [String!]
}

type Entity @node(labels: ["Entity"]) @fulltext(indexes: [{ indexName: "entity_search_v2", queryName: "entitySearch", fields: ["name", "aliasText", "description", "descriptionNl"] }]) {
  id: ID!
  type: String!
  name: String!
  sortName: String
  aliasText: String
  aliases: [String!]
  description: String
  descriptionNl: String
${relFields}
  questions: [Question!]! @relationship(type: "HAS_QUESTION", direction: OUT)
}

type Passage @node(labels: ["Passage"]) @fulltext(indexes: [{ indexName: "passage_search", queryName: "passageSearch", fields: ["text"] }]) {
  id: ID!
  documentId: String!
  page: Int
  text: String
  document: [Entity!]! @relationship(type: "HAS_PASSAGE", direction: IN)
}

type Question @node(labels: ["Question"]) {
  id: ID!
  number: Int
  order: Int
  text: String
  answers: [Answer!]! @relationship(type: "ANSWERS", direction: IN)
}

type Answer @node(labels: ["Answer"]) {
  id: ID!
  label: String
  text: String
}
`;
}
