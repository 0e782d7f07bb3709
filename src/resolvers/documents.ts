import type { Context } from '../context';
import type { EntityRecord } from '../db/records';
import { EntityType } from '../generated/graphql';
import type { Resolvers } from '../generated/resolvers';
import type { GraphQLResolveInfo } from 'graphql';
import { BOUNDS, checkInt, MAX_ID } from './bounds';
import { lookahead } from './lookahead';

/** The document entity a piece of structure belongs to (batched through the entity loader). */
const documentOf = async (r: { documentId: string }, _a: unknown, ctx: Context) =>
  (await ctx.loaders.entity.load(r.documentId)) as EntityRecord;

const offsets = { startOffset: (r: { start: number }) => r.start, endOffset: (r: { end: number }) => r.end };

export const documentResolvers: Resolvers = {
  Document: {
    parts: (d, _a, ctx) => ctx.repos.documents.parts(d.id),
    questions: (d, { faction }, ctx) =>
      ctx.loaders.documentQuestions.load({
        documentId: d.id,
        faction: faction && faction.length <= MAX_ID ? faction : null,
      }),
    answers: (d, _a, ctx) => ctx.repos.documents.answersOf(d.id),
    footnotes: (d, _a, ctx) => ctx.repos.documents.footnotesOf(d.id),
    citations: (d, _a, ctx) => ctx.repos.documents.citationsOf(d.id),
    joins: (d, _a, ctx) => ctx.repos.documents.joinsOf(d.id),
    unresolvedMentions: (d, _a, ctx) => ctx.repos.documents.unresolvedMentionsOf(d.id),
    ingestion: (d, _a, ctx) => ctx.repos.documents.ingestionOf(d.id),
    passages: (d, { page, kinds, first, after }, ctx) =>
      ctx.repos.documents.passagesOf(
        d.id,
        page == null ? null : checkInt('page', page, BOUNDS.page),
        kinds ?? null,
        checkInt('first', first ?? 50, BOUNDS.passagesFirst),
        after ?? null,
      ),
  },
  Passage: {
    ...offsets,
    document: documentOf,
    footnoteNumber: (p) => p.number ?? null,
    mentions: (p, _a, ctx) => ctx.loaders.passageMentions.load(p.id),
    unresolvedMentions: (p, _a, ctx) => ctx.loaders.passageUnresolvedMentions.load(p.id),
    citations: (p, _a, ctx) => ctx.loaders.passageCitations.load(p.id),
    footnotes: (p, _a, ctx) => ctx.loaders.passageFootnotes.load(p.id),
  },
  Mention: offsets,
  UnresolvedMention: offsets,
  Footnote: {
    number: (f) => f.number ?? 0,
    urls: (f) => f.urls ?? [],
    // The footnote's own text, without its printed number.
    text: (f) =>
      f.text
        .replace(/^\d{1,3}\s+/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    passage: (f) => f,
    referencedFrom: (f, _a, ctx) => ctx.loaders.footnoteReference.load(f.id),
    citations: (f, _a, ctx) => ctx.loaders.passageCitations.load(f.id),
  },
  Citation: { page: (c) => c.passage.page },
  DocumentPart: {},
  IngestedDocument: {
    chamber: (r) => r.chamber as never,
    counts: (r) => {
      const [passages = 0, questions = 0, answers = 0, footnotes = 0, citations = 0, mentions = 0] = r.counts ?? [];
      return { pages: r.pageCount, passages, questions, answers, footnotes, citations, mentions };
    },
  },
  Question: {
    ...offsets,
    document: documentOf,
    answers: (q, _a, ctx) => ctx.loaders.questionAnswers.load(q.id),
    answered: async (q, _a, ctx) => (await ctx.loaders.questionAnswers.load(q.id)).length > 0,
    mentions: (q, _a, ctx) => ctx.loaders.questionMentions.load(q.id),
  },
  Answer: {
    ...offsets,
    document: documentOf,
    questions: (a, _a, ctx) => ctx.loaders.answerQuestions.load(a.id),
    refersTo: (a, _a, ctx) => ctx.loaders.answerReferences.load(a.id),
  },
  Evidence: {
    passage: (e, _a, ctx) =>
      ctx.loaders.evidencePassage.load({ documentId: e.document.id, page: e.page, quote: e.quote }),
  },
};

/** `mentionedIn` on every entity type. */
export const mentionedIn = (e: EntityRecord, args: { first?: number | null; after?: string | null }, ctx: Context) =>
  ctx.repos.passages.mentionedIn(e.id, checkInt('first', args.first ?? 20, BOUNDS.first), args.after ?? null);

/**
 * `document(id)`: the entity, when it is a document. When the client selected the questions once, the document,
 * its questions and (if selected) their answers come in one query and prime the DataLoaders.
 */
export async function documentById(id: string, ctx: Context, info: GraphQLResolveInfo): Promise<EntityRecord | null> {
  if (id.length > MAX_ID) return null;
  const ahead = lookahead(info, 'Document', 'questions', 'answers');
  if (ahead) {
    const given = ahead.args.faction;
    const faction = typeof given === 'string' && given.length <= MAX_ID ? given : null;
    const found = await ctx.repos.documents.documentWithQuestions(id, faction, ahead.needs);
    if (!found) return null;
    ctx.loaders.entity.prime(id, found.document);
    ctx.loaders.documentQuestions.prime(
      { documentId: id, faction },
      found.questions.map((q) => q.question),
    );
    if (ahead.needs) for (const q of found.questions) ctx.loaders.questionAnswers.prime(q.question.id, q.answers);
    return found.document;
  }
  const e = await ctx.loaders.entity.load(id);
  return e && e.type === EntityType.Document ? e : null;
}
