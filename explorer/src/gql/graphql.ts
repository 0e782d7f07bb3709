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
  /** A European Case Law Identifier of a court decision (e.g. ECLI:NL:HR:2023:1234). */
  | 'ECLI'
  /** A Handle System identifier (e.g. 20.500.12832/3406 in the WODC repository). */
  | 'HANDLE'
  /** A Kamerstuk, normalised as kst-<dossier>-<number or letter> (e.g. kst-32824-438). */
  | 'KAMERSTUK'
  /** An identifier of officielebekendmakingen.nl other than a Kamerstuk: ah-tk-20242025-512, h-tk-20232024-45-12, stb-2021-38, stcrt-2023-12345. */
  | 'PUBLICATION'
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
  /** Two parties agreed something, or a commitment was agreed with a party (the agreement is in the evidence). */
  | 'AGREED_WITH'
  /** A law, bill or commitment amends (or intends to amend) a law. */
  | 'AMENDS'
  /** A commitment, plan or measure was announced in a document. */
  | 'ANNOUNCED_IN'
  /** An office-holder or organisation answered questions in a document. */
  | 'ANSWERED_IN'
  /** A law or obligation applies to a target group or organisation. */
  | 'APPLIES_TO'
  /** A faction asked written questions in a document. */
  | 'ASKED_QUESTIONS_IN'
  /** A person or office wrote, signed or sent a document. */
  | 'AUTHORED'
  /** A commitment or document rests on (is based on) a study or document. */
  | 'BASED_ON'
  /** A funding, programme, law or measure benefits (goes to, is for) a target group or organisation. */
  | 'BENEFITS'
  /** A person chairs a committee or body (voorzitter). */
  | 'CHAIRS'
  /** A document cites another document, a law or a commitment. */
  | 'CITES'
  /** A person is the clerk (griffier) of a committee or of a report. */
  | 'CLERK_OF'
  /** An office-holder, government or organisation made a commitment or stated an intention (its owner; only the party the text names). */
  | 'COMMITTED_TO'
  /** The subject of a document, question or commitment: what it is about (only documents and commitments are about things). */
  | 'CONCERNS'
  /** A law, directive or plan sets norms or ambitions that a plan or measure must respect. */
  | 'CONSTRAINS'
  /** An organisation or office consults with another party. */
  | 'CONSULTS'
  /** Two parties work together on something. */
  | 'COOPERATES_WITH'
  /** An organisation developed a programme, training, tool or document. */
  | 'DEVELOPED'
  /** The text says a programme or route is hard to complete, or goes too fast, for a group. */
  | 'DIFFICULT_FOR'
  /** A study, evaluation or commitment evaluates a law, programme or policy. */
  | 'EVALUATES'
  /** A law or obligation explicitly does not apply to a target group. */
  | 'EXCLUDES'
  /** A document is written to carry out a commitment (the commitment is its reason). */
  | 'FULFILS'
  /** An organisation, office or funding pays for, subsidises or invests in something. */
  | 'FUNDS'
  /** A commitment was given to a person, faction or body (the member who obtained it, or the faction whose question it answers). */
  | 'GIVEN_TO'
  /** A law is the legal basis or framework of a programme, route, obligation, arrangement or funding (not a goal: see HAS_GOAL; not a norm a plan must respect: see CONSTRAINS). */
  | 'GOVERNS'
  /** Something is hampered by a problem or lack the text names (knelpunt, drempel, gebrek aan). */
  | 'HAMPERED_BY'
  /** A law, programme or measure has this goal or ambition (doel, doelstelling, ambitie) according to the text. */
  | 'HAS_GOAL'
  /** A person holds an office (e.g. I. Coenradie holds the office of Staatssecretaris van Justitie en Veiligheid). */
  | 'HOLDS_OFFICE'
  /** An organisation carries out (implements) a law. */
  | 'IMPLEMENTS'
  /** A party informs or shares knowledge with another party. */
  | 'INFORMS'
  /** A party the text names as taking part in carrying out a commitment (with whom, or who is asked or urged to act); not its owner. */
  | 'INVOLVES'
  /** A faction joins (sluit zich aan bij) the questions of another faction. */
  | 'JOINS_QUESTIONS_OF'
  /** A person is a member of a faction, committee or body. */
  | 'MEMBER_OF'
  /** An organisation offers a programme or service to its participants. */
  | 'OFFERS'
  /** An organisation organises an activity, meeting or network. */
  | 'ORGANISES'
  /** Something is a part, member or instrument of something larger of a comparable kind (an office of a ministry, a letter of a report, a component of a programme, a subgroup of a group, an instrument of the lerend stelsel). */
  | 'PART_OF'
  /** An office or government proposed a bill or measure. */
  | 'PROPOSED'
  /** An organisation or office makes a funding, loan, service or facility available. */
  | 'PROVIDES'
  /** An organisation published a document, report or study. */
  | 'PUBLISHED'
  /** A law replaces an earlier law. */
  | 'REPLACES'
  /** An organisation requested another party to do something (the request is in the evidence). */
  | 'REQUESTED'
  /** An organisation or office is responsible for a task, programme, law or policy area (the text says it is its responsibility). */
  | 'RESPONSIBLE_FOR'
  /** An organisation carries out (operates) a programme or activity. */
  | 'RUNS'
  /** An organisation or office supports another party in a task. */
  | 'SUPPORTS'
  /** A programme, commitment, funding or law is aimed at a target group (only target groups: an organisation is reached by BENEFITS or INVOLVES). */
  | 'TARGETS'
  /** A person is vice-chair of a committee or body (ondervoorzitter). */
  | 'VICE_CHAIRS'
  /** An organisation or office is working on (elaborating, preparing) a plan, measure or document. */
  | 'WORKS_ON';

/**
 * Changes a curator makes while accepting. RELATION: another type or other ends (catalogue ids). ENTITY (and a
 * suggested end of a RELATION): the new entity's id, name, type and description. ALIAS: the alias text. `page` and
 * `quote` replace the evidence when the sentence is not the best quote (it must still occur on that page).
 */
export type SuggestionEdits = {
  alias?: string | null | undefined;
  description?: string | null | undefined;
  entityId?: string | number | null | undefined;
  entityType?: EntityType | null | undefined;
  from?: string | number | null | undefined;
  name?: string | null | undefined;
  page?: number | null | undefined;
  quote?: string | null | undefined;
  relationType?: RelationType | null | undefined;
  to?: string | number | null | undefined;
};

/** What a suggestion proposes. */
export type SuggestionKind =
  /** A new name for a catalogued entity. */
  | 'ALIAS'
  /** A new entity: a name the catalogue lacks (an abbreviation definition, a law, a body, a person with office). */
  | 'ENTITY'
  /** A relation between two entities (catalogued, or suggested in the same document). */
  | 'RELATION';

export type SuggestionStatus =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REJECTED';

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

export type ExplorerNeighbourIdsQueryVariables = Exact<{
  id: string | number;
  limit?: number | null | undefined;
  types?: Array<RelationType> | RelationType | null | undefined;
}>;


export type ExplorerNeighbourIdsQuery = { neighbourhood: { truncated: boolean, nodes: Array<
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    > } };

export type ExplorerInducedQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ExplorerInducedQuery = { inducedSubgraph: { truncated: boolean, nodes: Array<
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

export type ExplorerPassageSearchQueryVariables = Exact<{
  t: string;
}>;


export type ExplorerPassageSearchQuery = { passageSearch: Array<{ page: number, snippet: string, passage: { id: string, text: string }, document: { id: string, name: string } }> };

export type ExplorerDocumentQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerDocumentQuery = { document: { id: string, name: string, date: string | null, url: string | null, citation: string | null, identifiers: Array<{ scheme: IdentifierScheme, value: string, url: string | null }> } | null };

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
    | { id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null, kind: string | null, relationCount: number, identifiers: Array<{ scheme: IdentifierScheme, value: string, url: string | null }>, relations: Array<{ type: RelationType }> }
    | { id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null, kind: string | null, relationCount: number, identifiers: Array<{ scheme: IdentifierScheme, value: string, url: string | null }>, relations: Array<{ type: RelationType }> }
    | { id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null, kind: string | null, relationCount: number, identifiers: Array<{ scheme: IdentifierScheme, value: string, url: string | null }>, relations: Array<{ type: RelationType }> }
    | { id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null, kind: string | null, relationCount: number, identifiers: Array<{ scheme: IdentifierScheme, value: string, url: string | null }>, relations: Array<{ type: RelationType }> }
    | { id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null, kind: string | null, relationCount: number, identifiers: Array<{ scheme: IdentifierScheme, value: string, url: string | null }>, relations: Array<{ type: RelationType }> }
    | { id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null, kind: string | null, relationCount: number, identifiers: Array<{ scheme: IdentifierScheme, value: string, url: string | null }>, relations: Array<{ type: RelationType }> }
    | { id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null, kind: string | null, relationCount: number, identifiers: Array<{ scheme: IdentifierScheme, value: string, url: string | null }>, relations: Array<{ type: RelationType }> }
    | { id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null, kind: string | null, relationCount: number, identifiers: Array<{ scheme: IdentifierScheme, value: string, url: string | null }>, relations: Array<{ type: RelationType }> }
    | { id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null, kind: string | null, relationCount: number, identifiers: Array<{ scheme: IdentifierScheme, value: string, url: string | null }>, relations: Array<{ type: RelationType }> }
    | { id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null, kind: string | null, relationCount: number, identifiers: Array<{ scheme: IdentifierScheme, value: string, url: string | null }>, relations: Array<{ type: RelationType }> }
   | null };

export type ExplorerStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerStatsQuery = { stats: { byType: Array<{ type: string, count: number }> } };

export type ExplorerPassagesQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ExplorerPassagesQuery = { document: { name: string, passages: { nodes: Array<{ id: string, page: number, kind: PassageKind, text: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type OverviewEntitiesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type OverviewEntitiesQuery = { entities: { totalCount: number, nodes: Array<
      | { date: string | null, id: string, type: EntityType, name: string, relationCount: number }
      | { date: string | null, id: string, type: EntityType, name: string, relationCount: number }
      | { id: string, type: EntityType, name: string, relationCount: number }
      | { id: string, type: EntityType, name: string, relationCount: number }
      | { id: string, type: EntityType, name: string, relationCount: number }
      | { id: string, type: EntityType, name: string, relationCount: number }
      | { id: string, type: EntityType, name: string, relationCount: number }
      | { id: string, type: EntityType, name: string, relationCount: number }
      | { id: string, type: EntityType, name: string, relationCount: number }
      | { id: string, type: EntityType, name: string, relationCount: number }
    >, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OverviewStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewStatsQuery = { stats: { nodeCount: number, relationCount: number, evidenceCount: number, byType: Array<{ type: string, count: number }> } };

export type ReviewSuggestionFragment = { id: string, kind: SuggestionKind, page: number, sentence: string, relationType: RelationType | null, rule: string, confidence: number, entityType: EntityType | null, name: string | null, aliases: Array<string>, nameStart: number | null, nameEnd: number | null, alias: string | null, document: { id: string, name: string } | null, from: { id: string, existing: boolean, type: EntityType, name: string, start: number | null, end: number | null } | null, to: { id: string, existing: boolean, type: EntityType, name: string, start: number | null, end: number | null } | null, entity:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   | null };

export type ReviewQueueQueryVariables = Exact<{
  kind?: SuggestionKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReviewQueueQuery = { suggestions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: SuggestionKind, page: number, sentence: string, relationType: RelationType | null, rule: string, confidence: number, entityType: EntityType | null, name: string | null, aliases: Array<string>, nameStart: number | null, nameEnd: number | null, alias: string | null, document: { id: string, name: string } | null, from: { id: string, existing: boolean, type: EntityType, name: string, start: number | null, end: number | null } | null, to: { id: string, existing: boolean, type: EntityType, name: string, start: number | null, end: number | null } | null, entity:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null }> } };

export type ReviewRelationTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewRelationTypesQuery = { relationTypes: Array<{ type: RelationType, labelEn: string, from: Array<EntityType>, to: Array<EntityType> }> };

export type ReviewAcceptMutationVariables = Exact<{
  id: string | number;
  edits?: SuggestionEdits | null | undefined;
}>;


export type ReviewAcceptMutation = { acceptSuggestion: { suggestion: { id: string, status: SuggestionStatus, resultId: string | null }, relation: { id: string, type: RelationType } | null, entity:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null } };

export type ReviewRejectMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ReviewRejectMutation = { rejectSuggestion: { id: string, status: SuggestionStatus, reason: string | null } };

export type SuggestedEdgesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SuggestedEdgesQuery = { suggestions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, relationType: RelationType | null, confidence: number, from: { id: string, existing: boolean } | null, to: { id: string, existing: boolean } | null }> } };

export const ExplorerRelationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerRelation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasText"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerRelationFragment, unknown>;
export const ReviewSuggestionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewSuggestion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Suggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"relationType"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"existing"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"existing"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"nameStart"}},{"kind":"Field","name":{"kind":"Name","value":"nameEnd"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alias"}}]}}]} as unknown as DocumentNode<ReviewSuggestionFragment, unknown>;
export const ExplorerSearchDocument = {"__meta__":{"hash":"sha256:5c1e26faa47067dd7e3f9d27ec815529634f244691fb31b141fef3ab00595a1f"}} as unknown as DocumentNode<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerNeighbourIdsDocument = {"__meta__":{"hash":"sha256:584a847a30ec16b23aee87a50ef16141d4bd5edbc130a8d60d049aa93b80fb56"}} as unknown as DocumentNode<ExplorerNeighbourIdsQuery, ExplorerNeighbourIdsQueryVariables>;
export const ExplorerInducedDocument = {"__meta__":{"hash":"sha256:4b06c36bc07f85dc0f467fe3e1e22a2b7365fd298b1fae53a4b8b7cc42585fe0"}} as unknown as DocumentNode<ExplorerInducedQuery, ExplorerInducedQueryVariables>;
export const ExplorerPassageSearchDocument = {"__meta__":{"hash":"sha256:e8dfab10fb20c43371d822f66f4a5e4305f42ef67ba11c9b88cc8aa8591ef342"}} as unknown as DocumentNode<ExplorerPassageSearchQuery, ExplorerPassageSearchQueryVariables>;
export const ExplorerDocumentDocument = {"__meta__":{"hash":"sha256:06e5ce78baf44837cd8237d600d1d04638339ee25d7f0d30e5fc34b89235e0ca"}} as unknown as DocumentNode<ExplorerDocumentQuery, ExplorerDocumentQueryVariables>;
export const ExplorerPathDocument = {"__meta__":{"hash":"sha256:186c7b2c50cc45e7e5ebf98c26ab59a324e5e7dc4b2043441bdc928a61a0efab"}} as unknown as DocumentNode<ExplorerPathQuery, ExplorerPathQueryVariables>;
export const ExplorerEntityDocument = {"__meta__":{"hash":"sha256:9a1854cecb56e6c8febc8d069fbbd47ea646835be36970445386aa78fe712f7d"}} as unknown as DocumentNode<ExplorerEntityQuery, ExplorerEntityQueryVariables>;
export const ExplorerStatsDocument = {"__meta__":{"hash":"sha256:ea655e6c0a5ce3c130e294b8800af62ca5966faf5f52125e7aa9f3682a26aea9"}} as unknown as DocumentNode<ExplorerStatsQuery, ExplorerStatsQueryVariables>;
export const ExplorerPassagesDocument = {"__meta__":{"hash":"sha256:689484193f6c8017b911194deac547e83da26f78c84d7b6c94d1551117f9626b"}} as unknown as DocumentNode<ExplorerPassagesQuery, ExplorerPassagesQueryVariables>;
export const OverviewEntitiesDocument = {"__meta__":{"hash":"sha256:a6d57276493ccadedaaea8d6675b0e834f750d2e85542104078a1736b838a84b"}} as unknown as DocumentNode<OverviewEntitiesQuery, OverviewEntitiesQueryVariables>;
export const OverviewStatsDocument = {"__meta__":{"hash":"sha256:cf3f38a30cd515938ed07fc3c27ef2eb182707b989a19208de093f77b84cfc67"}} as unknown as DocumentNode<OverviewStatsQuery, OverviewStatsQueryVariables>;
export const ReviewQueueDocument = {"__meta__":{"hash":"sha256:7c020729c862fc58870fcddb6c01061c1da1529d2334ef10dbd3da942cb5b55a"}} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ReviewRelationTypesDocument = {"__meta__":{"hash":"sha256:2b4085174bf0bf6784cf44deb6590759a932215aa8077e8343d40775fb92bbf2"}} as unknown as DocumentNode<ReviewRelationTypesQuery, ReviewRelationTypesQueryVariables>;
export const ReviewAcceptDocument = {"__meta__":{"hash":"sha256:ac83f73774fff76a951c4bd3381fcc16e30a673c69eca67267464284e293b55c"}} as unknown as DocumentNode<ReviewAcceptMutation, ReviewAcceptMutationVariables>;
export const ReviewRejectDocument = {"__meta__":{"hash":"sha256:22b097e218e465ab78c5c4286e6e10d3b2bee74277710f5aa815360a7fba7d9e"}} as unknown as DocumentNode<ReviewRejectMutation, ReviewRejectMutationVariables>;
export const SuggestedEdgesDocument = {"__meta__":{"hash":"sha256:b142d4887c349cc437c17e19689e170270887b34682a284b10d5c332584cca53"}} as unknown as DocumentNode<SuggestedEdgesQuery, SuggestedEdgesQueryVariables>;