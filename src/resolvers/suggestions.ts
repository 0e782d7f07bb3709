import type { SuggestionEndRecord, SuggestionRecord } from '../db/suggestionRecords';
import type { Resolvers } from '../generated/resolvers';

/** A relation suggestion's end from its flat properties; null for entity and alias suggestions. */
function end(s: SuggestionRecord, side: 'from' | 'to'): SuggestionEndRecord | null {
  const id = s[`${side}Id`];
  if (s.kind !== 'RELATION' || !id) return null;
  return {
    id,
    existing: Boolean(s[`${side}Existing`]),
    type: s[`${side}Type`]!,
    name: s[`${side}Name`] ?? id,
    start: s[`${side}Start`] ?? null,
    end: s[`${side}End`] ?? null,
  };
}

/** Suggestion fields the stored record does not hold as such: the document, the ends, the entity. */
export const suggestionResolvers: Resolvers = {
  Suggestion: {
    document: async (s, _a, ctx) => (await ctx.loaders.entity.load(s.documentId)) ?? null,
    from: (s) => end(s, 'from'),
    to: (s) => end(s, 'to'),
    aliases: (s) => s.aliases ?? [],
    entity: async (s, _a, ctx) => (s.entityId ? ((await ctx.loaders.entity.load(s.entityId)) ?? null) : null),
  },
  SuggestionEnd: {
    entity: async (e, _a, ctx) => (e.existing ? ((await ctx.loaders.entity.load(e.id)) ?? null) : null),
  },
};
