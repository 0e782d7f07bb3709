import type { EntityType } from '../generated/graphql';
import { foldForSearch } from '../domain/text';
import type { DocumentSentence } from './documentSentences';
import { suggestionId } from './suggestionId';
import type {
  AliasSuggestion,
  EntitySuggestion,
  NameSpan,
  RelationEnd,
  RelationSuggestion,
  Suggestion,
  SuggestionEvidence,
} from './suggestionTypes';

/** A span in sentence offsets, turned into a NameSpan with its source offsets. */
export function nameSpan(s: DocumentSentence, start: number, end: number): NameSpan {
  return {
    text: s.text.text.slice(start, end),
    start,
    end,
    sourceStart: s.text.sourceAt(start),
    sourceEnd: s.text.sourceAt(end, true),
  };
}

export function evidenceOf(documentId: string, s: DocumentSentence): SuggestionEvidence {
  return {
    documentId,
    page: s.passage.page,
    passageOrder: s.passage.order,
    sentence: s.text.text,
    start: s.text.sourceStart,
    end: s.text.sourceEnd,
  };
}

const round = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;

/**
 * The suggestions of one document, deduplicated: one entity suggestion per new name and type (its first sentence
 * is its evidence, so the other sentences' relations point at it), one alias suggestion per entity and form, and
 * one relation suggestion per type, ends and sentence (the surest pattern wins).
 */
export class SuggestionSet {
  private readonly entities = new Map<string, EntitySuggestion>();
  private readonly aliases = new Map<string, AliasSuggestion>();
  private readonly relations = new Map<string, RelationSuggestion>();
  private readonly relationIds = new Map<string, string>();

  constructor(readonly documentId: string) {}

  /** Adds (or finds) the entity suggestion for a new name; returns it so relations can use it as an end. */
  entity(
    s: DocumentSentence,
    c: {
      name: string;
      entityType: EntityType;
      start: number;
      end: number;
      rule: string;
      confidence: number;
      aliases?: string[];
    },
  ): EntitySuggestion {
    const key = `${c.entityType}|${foldForSearch(c.name)}`;
    const known = this.entities.get(key);
    if (known) {
      if (c.aliases?.length) {
        const merged = [...new Set([...known.aliases, ...c.aliases])];
        if (merged.length !== known.aliases.length) this.entities.set(key, { ...known, aliases: merged });
      }
      return this.entities.get(key) as EntitySuggestion;
    }
    const evidence = evidenceOf(this.documentId, s);
    const e: EntitySuggestion = {
      kind: 'ENTITY',
      id: suggestionId({
        kind: 'ENTITY',
        type: c.entityType,
        ends: [foldForSearch(c.name)],
        documentId: this.documentId,
        sentence: evidence.sentence,
      }),
      entityType: c.entityType,
      name: c.name,
      aliases: c.aliases ?? [],
      span: nameSpan(s, c.start, c.end),
      evidence,
      rule: c.rule,
      confidence: round(c.confidence),
    };
    this.entities.set(key, e);
    return e;
  }

  alias(
    s: DocumentSentence,
    c: { entityId: string; alias: string; start: number; end: number; rule: string; confidence: number },
  ): void {
    const key = `${c.entityId}|${foldForSearch(c.alias)}`;
    if (this.aliases.has(key)) return;
    const evidence = evidenceOf(this.documentId, s);
    this.aliases.set(key, {
      kind: 'ALIAS',
      id: suggestionId({
        kind: 'ALIAS',
        type: 'ALIAS',
        ends: [c.entityId, foldForSearch(c.alias)],
        documentId: this.documentId,
        sentence: evidence.sentence,
      }),
      entityId: c.entityId,
      alias: c.alias,
      span: nameSpan(s, c.start, c.end),
      evidence,
      rule: c.rule,
      confidence: round(c.confidence),
    });
  }

  relation(s: DocumentSentence, r: Omit<RelationSuggestion, 'kind' | 'id' | 'evidence'>): void {
    if (r.from.id === r.to.id) return;
    const evidence = evidenceOf(this.documentId, s);
    // The id hashes the folded sentence: the same relation from the same sentence is found by a cheap key first.
    const key = `${r.type}|${r.from.id}|${r.to.id}|${s.text.sourceStart}`;
    let id = this.relationIds.get(key);
    if (!id) {
      id = suggestionId({
        kind: 'RELATION',
        type: r.type,
        ends: [r.from.id, r.to.id],
        documentId: this.documentId,
        sentence: evidence.sentence,
      });
      this.relationIds.set(key, id);
    }
    const known = this.relations.get(id);
    if (known && known.confidence >= r.confidence) return;
    this.relations.set(id, { kind: 'RELATION', id, ...r, evidence, confidence: round(r.confidence) });
  }

  /** Entities first (relations refer to them), then aliases, then relations; each in text order. */
  all(): Suggestion[] {
    const byPlace = (a: Suggestion, b: Suggestion) => a.evidence.start - b.evidence.start || a.id.localeCompare(b.id);
    return [
      ...[...this.entities.values()].sort(byPlace),
      ...[...this.aliases.values()].sort(byPlace),
      ...[...this.relations.values()].sort(byPlace),
    ];
  }
}

export type { RelationEnd };
