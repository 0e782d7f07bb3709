/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The kinds of entity in the graph. Every entity has exactly one. */
export type EntityType =
  /** A commitment (toezegging) or stated intention of an office-holder or government, with its owner and, where given, a date. */
  | 'COMMITMENT'
  /** A document: letter, report, study, Kamerstuk, plan. */
  | 'DOCUMENT'
  /** A party group (fractie) in parliament. */
  | 'FACTION'
  /** An amount of money with its year and purpose. */
  | 'FUNDING'
  /** A law, decree, bill or directive (e.g. Wet inburgering 2021, the Europese Opvangrichtlijn). */
  | 'LAW'
  /** An organisation or body: ministry, office (e.g. the Staatssecretaris), agency, municipality, parliament, committee, network. */
  | 'ORGANISATION'
  /** A named natural person, such as a member of the Eerste Kamer or a state secretary. */
  | 'PERSON'
  /** A programme, route, service, instrument or activity (e.g. VrIP, the Z-route, the Meedoenbalies). */
  | 'PROGRAMME'
  /** A group of people that policy addresses (e.g. asielstatushouders, kennismigranten). */
  | 'TARGET_GROUP'
  /** A policy subject or problem (e.g. the 'wachtstand', the lerend stelsel). */
  | 'TOPIC';

/** The scheme of an external identifier. */
export type IdentifierScheme =
  /** Basiswettenbestand id of a Dutch law or decree (e.g. BWBR0044770); links to wetten.overheid.nl. */
  | 'BWB'
  /** A Handle System identifier (e.g. 20.500.12832/3406 in the WODC repository). */
  | 'HANDLE'
  /** A Kamerstuk, normalised as kst-<dossier>-<number or letter> (e.g. kst-32824-438). */
  | 'KAMERSTUK'
  /** An Eerste Kamer toezegging number (e.g. T03101). */
  | 'TOEZEGGING'
  /** A web address given by the source. */
  | 'URL';

/** What a passage is in its document's layout. */
export type PassageKind =
  /** A footnote at the foot of a page. */
  | 'FOOTNOTE'
  /** A heading: a letter's title, a faction's section, 'Vraag 3', 'Antwoord vragen 3 en 4'. */
  | 'HEADING'
  /** A bullet item (• or o in the source). */
  | 'LIST_ITEM'
  /** A paragraph of running text. */
  | 'PARAGRAPH';

/**
 * The closed vocabulary of relationship types. Each relationship reads `from -TYPE-> to` and rests on at least
 * one evidence quote from a document.
 */
export type RelationType =
  /** A document (letter) is addressed to an organisation, office or person. */
  | 'ADDRESSED_TO'
  /** Two parties agreed something (the agreement is in the evidence). */
  | 'AGREED_WITH'
  /** A law, bill or commitment amends (or intends to amend) a law. */
  | 'AMENDS'
  /** A commitment, plan or measure was announced in a document. */
  | 'ANNOUNCED_IN'
  /** An office-holder or organisation answered questions in a document. */
  | 'ANSWERED_IN'
  /** A law or obligation applies to a target group. */
  | 'APPLIES_TO'
  /** A faction asked written questions in a document. */
  | 'ASKED_QUESTIONS_IN'
  /** A person or office wrote, signed or sent a document. */
  | 'AUTHORED'
  /** A funding or programme benefits a target group or organisation. */
  | 'BENEFITS'
  /** A person chairs a committee or body (voorzitter). */
  | 'CHAIRS'
  /** A document cites another document, a law or an article of a law. */
  | 'CITES'
  /** A person is the clerk (griffier) of a committee or of a report. */
  | 'CLERK_OF'
  /** An office-holder, government or organisation made a commitment or stated an intention (its owner). */
  | 'COMMITTED_TO'
  /** A document, commitment, programme or question is about a topic, programme or law. */
  | 'CONCERNS'
  /** An organisation or office consults with another party. */
  | 'CONSULTS'
  /** Two parties work together on something. */
  | 'COOPERATES_WITH'
  /** An organisation developed a programme, training, tool or document. */
  | 'DEVELOPED'
  /** A study, evaluation or commitment evaluates a law, programme or policy. */
  | 'EVALUATES'
  /** A law or obligation explicitly does not apply to a target group. */
  | 'EXCLUDES'
  /** An organisation or office funds, subsidises or invests in something. */
  | 'FUNDS'
  /** A commitment was given to a person or body (e.g. a toezegging to a member of parliament). */
  | 'GIVEN_TO'
  /** A law governs (is the legal basis of) a programme, route, obligation or topic. */
  | 'GOVERNS'
  /** A person holds an office (e.g. I. Coenradie holds the office of Staatssecretaris van Justitie en Veiligheid). */
  | 'HOLDS_OFFICE'
  /** An organisation carries out (implements) a law. */
  | 'IMPLEMENTS'
  /** A party informs or shares knowledge with another party. */
  | 'INFORMS'
  /** A faction joins (sluit zich aan bij) the questions of another faction. */
  | 'JOINS_QUESTIONS_OF'
  /** A person is a member of a faction, committee or body. */
  | 'MEMBER_OF'
  /** An organisation offers a programme or service to its participants. */
  | 'OFFERS'
  /** An organisation organises an activity, meeting or network. */
  | 'ORGANISES'
  /** Something is a part or component of something larger (a committee of a chamber, an office of a ministry, a letter of a report, a component of a programme). */
  | 'PART_OF'
  /** An office or government proposed a bill or measure. */
  | 'PROPOSED'
  /** An organisation or office provides a funding, loan, service or facility. */
  | 'PROVIDES'
  /** An organisation published a document, report or study. */
  | 'PUBLISHED'
  /** A law replaces an earlier law. */
  | 'REPLACES'
  /** An organisation requested another party to do something (the request is in the evidence). */
  | 'REQUESTED'
  /** An organisation or office is responsible for a task, programme, law or policy area. */
  | 'RESPONSIBLE_FOR'
  /** An organisation carries out (operates) a programme or activity. */
  | 'RUNS'
  /** An organisation or office supports another party in a task. */
  | 'SUPPORTS'
  /** A programme, commitment or funding targets a target group. */
  | 'TARGETS'
  /** A person is vice-chair of a committee or body (ondervoorzitter). */
  | 'VICE_CHAIRS';

export type ExplorerRelationFragment = { id: string, type: RelationType, from:
    | { id: string, type: EntityType, name: string }
    | { id: string, type: EntityType, name: string }
    | { id: string, type: EntityType, name: string }
    | { id: string, type: EntityType, name: string }
    | { id: string, type: EntityType, name: string }
    | { id: string, type: EntityType, name: string }
    | { id: string, type: EntityType, name: string }
    | { id: string, type: EntityType, name: string }
    | { id: string, type: EntityType, name: string }
    | { id: string, type: EntityType, name: string }
  , to:
    | { id: string, type: EntityType, name: string }
    | { id: string, type: EntityType, name: string }
    | { id: string, type: EntityType, name: string }
    | { id: string, type: EntityType, name: string }
    | { id: string, type: EntityType, name: string }
    | { id: string, type: EntityType, name: string }
    | { id: string, type: EntityType, name: string }
    | { id: string, type: EntityType, name: string }
    | { id: string, type: EntityType, name: string }
    | { id: string, type: EntityType, name: string }
  , evidence: Array<{ page: number | null, quote: string, document: { hasText: boolean, id: string, name: string } }> };

export type ExplorerSearchQueryVariables = Exact<{
  t: string;
}>;


export type ExplorerSearchQuery = { search: Array<{ snippet: string | null, entity:
      | { id: string, type: EntityType, name: string }
      | { id: string, type: EntityType, name: string }
      | { id: string, type: EntityType, name: string }
      | { id: string, type: EntityType, name: string }
      | { id: string, type: EntityType, name: string }
      | { id: string, type: EntityType, name: string }
      | { id: string, type: EntityType, name: string }
      | { id: string, type: EntityType, name: string }
      | { id: string, type: EntityType, name: string }
      | { id: string, type: EntityType, name: string }
     }> };

export type ExplorerNeighbourhoodQueryVariables = Exact<{
  id: string | number;
  limit?: number | null | undefined;
}>;


export type ExplorerNeighbourhoodQuery = { neighbourhood: { truncated: boolean, nodes: Array<
      | { id: string, type: EntityType, name: string }
      | { id: string, type: EntityType, name: string }
      | { id: string, type: EntityType, name: string }
      | { id: string, type: EntityType, name: string }
      | { id: string, type: EntityType, name: string }
      | { id: string, type: EntityType, name: string }
      | { id: string, type: EntityType, name: string }
      | { id: string, type: EntityType, name: string }
      | { id: string, type: EntityType, name: string }
      | { id: string, type: EntityType, name: string }
    >, relations: Array<{ id: string, type: RelationType, from:
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
      , to:
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
      , evidence: Array<{ page: number | null, quote: string, document: { hasText: boolean, id: string, name: string } }> }> } };

export type ExplorerPathQueryVariables = Exact<{
  a: string | number;
  b: string | number;
}>;


export type ExplorerPathQuery = { shortestPath: { truncated: boolean, nodes: Array<
      | { id: string, type: EntityType, name: string }
      | { id: string, type: EntityType, name: string }
      | { id: string, type: EntityType, name: string }
      | { id: string, type: EntityType, name: string }
      | { id: string, type: EntityType, name: string }
      | { id: string, type: EntityType, name: string }
      | { id: string, type: EntityType, name: string }
      | { id: string, type: EntityType, name: string }
      | { id: string, type: EntityType, name: string }
      | { id: string, type: EntityType, name: string }
    >, relations: Array<{ id: string, type: RelationType, from:
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
      , to:
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
      , evidence: Array<{ page: number | null, quote: string, document: { hasText: boolean, id: string, name: string } }> }> } | null };

export type ExplorerEntityQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerEntityQuery = { entity:
    | { id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null, kind: string | null, relationCount: number, identifiers: Array<{ scheme: IdentifierScheme, value: string, url: string | null }> }
    | { id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null, kind: string | null, relationCount: number, identifiers: Array<{ scheme: IdentifierScheme, value: string, url: string | null }> }
    | { id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null, kind: string | null, relationCount: number, identifiers: Array<{ scheme: IdentifierScheme, value: string, url: string | null }> }
    | { id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null, kind: string | null, relationCount: number, identifiers: Array<{ scheme: IdentifierScheme, value: string, url: string | null }> }
    | { id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null, kind: string | null, relationCount: number, identifiers: Array<{ scheme: IdentifierScheme, value: string, url: string | null }> }
    | { id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null, kind: string | null, relationCount: number, identifiers: Array<{ scheme: IdentifierScheme, value: string, url: string | null }> }
    | { id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null, kind: string | null, relationCount: number, identifiers: Array<{ scheme: IdentifierScheme, value: string, url: string | null }> }
    | { id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null, kind: string | null, relationCount: number, identifiers: Array<{ scheme: IdentifierScheme, value: string, url: string | null }> }
    | { id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null, kind: string | null, relationCount: number, identifiers: Array<{ scheme: IdentifierScheme, value: string, url: string | null }> }
    | { id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null, kind: string | null, relationCount: number, identifiers: Array<{ scheme: IdentifierScheme, value: string, url: string | null }> }
   | null };

export type ExplorerStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerStatsQuery = { stats: { byType: Array<{ type: string, count: number }> } };

export type ExplorerPassagesQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ExplorerPassagesQuery = { document: { name: string, passages: { nodes: Array<{ id: string, page: number, kind: PassageKind, text: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export const ExplorerRelationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerRelation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasText"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerRelationFragment, unknown>;
export const ExplorerSearchDocument = {"__meta__":{"hash":"sha256:5c1e26faa47067dd7e3f9d27ec815529634f244691fb31b141fef3ab00595a1f"}} as unknown as DocumentNode<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerNeighbourhoodDocument = {"__meta__":{"hash":"sha256:5e7600f9724b6cf821d7fa23adb5ff0858358d27119008ea63bacbd87c950ee8"}} as unknown as DocumentNode<ExplorerNeighbourhoodQuery, ExplorerNeighbourhoodQueryVariables>;
export const ExplorerPathDocument = {"__meta__":{"hash":"sha256:186c7b2c50cc45e7e5ebf98c26ab59a324e5e7dc4b2043441bdc928a61a0efab"}} as unknown as DocumentNode<ExplorerPathQuery, ExplorerPathQueryVariables>;
export const ExplorerEntityDocument = {"__meta__":{"hash":"sha256:eb78348a460bcf2ff3ec6b8f57c24c8daf41c26c0bcffeaa396f01c8a628e56f"}} as unknown as DocumentNode<ExplorerEntityQuery, ExplorerEntityQueryVariables>;
export const ExplorerStatsDocument = {"__meta__":{"hash":"sha256:ea655e6c0a5ce3c130e294b8800af62ca5966faf5f52125e7aa9f3682a26aea9"}} as unknown as DocumentNode<ExplorerStatsQuery, ExplorerStatsQueryVariables>;
export const ExplorerPassagesDocument = {"__meta__":{"hash":"sha256:689484193f6c8017b911194deac547e83da26f78c84d7b6c94d1551117f9626b"}} as unknown as DocumentNode<ExplorerPassagesQuery, ExplorerPassagesQueryVariables>;