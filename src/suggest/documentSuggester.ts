import type { Catalogue } from '../ingest/catalogue';
import { passageId } from '../ingest/documentRows';
import type { ParsedDocument } from '../ingest/parseDocument';
import type { SuggestionRow } from '../ingest/writeSet';
import { suggestFromDocument } from './suggestFromDocument';
import type { RelationEnd, Suggestion } from './suggestionTypes';

const KIND_ORDER = { ENTITY: 0, ALIAS: 1, RELATION: 2 } as const;

const endProps = (side: 'from' | 'to', e: RelationEnd) => ({
  [`${side}Id`]: e.id,
  [`${side}Existing`]: e.existing,
  [`${side}Type`]: e.entityType,
  [`${side}Name`]: e.name,
  [`${side}Start`]: e.span?.start ?? null,
  [`${side}End`]: e.span?.end ?? null,
});

/**
 * Suggestions as the rows the ingest stores (flat properties: Neo4j holds no maps). `sortKey` orders the review
 * queue by document, then position in its text, then entities before the aliases and relations that use them.
 */
export function suggestionRows(doc: ParsedDocument, suggestions: readonly Suggestion[]): SuggestionRow[] {
  return suggestions.map((s) => {
    const ev = s.evidence;
    const common = {
      kind: s.kind,
      documentId: doc.id,
      page: ev.page,
      passageId: passageId(doc.id, ev.passageOrder),
      sentence: ev.sentence,
      sentenceStart: ev.start,
      sentenceEnd: ev.end,
      confidence: s.confidence,
      sortKey: `${doc.id}/${String(ev.start).padStart(9, '0')}/${KIND_ORDER[s.kind]}/${s.id}`,
    };
    if (s.kind === 'ENTITY')
      return {
        id: s.id,
        props: {
          ...common,
          rule: s.rule,
          entityType: s.entityType,
          name: s.name,
          aliases: [...s.aliases],
          nameStart: s.span.start,
          nameEnd: s.span.end,
        },
      };
    if (s.kind === 'ALIAS')
      return {
        id: s.id,
        props: {
          ...common,
          rule: s.rule,
          entityId: s.entityId,
          alias: s.alias,
          nameStart: s.span.start,
          nameEnd: s.span.end,
        },
      };
    return {
      id: s.id,
      props: {
        ...common,
        rule: s.patternId,
        relationType: s.type,
        ...endProps('from', s.from),
        ...endProps('to', s.to),
      },
    };
  });
}

/** The suggester the CLI and the seeding give the ingest (ingest/ingestFile.ts `suggest`). */
export const documentSuggester = (doc: ParsedDocument, catalogue: Catalogue): SuggestionRow[] =>
  suggestionRows(doc, suggestFromDocument(doc, catalogue));
