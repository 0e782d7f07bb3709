import { LABEL_OF_TYPE } from '../db/labels';
import { EntityType } from '../generated/graphql';
import { splitPages } from '../domain/pages';
import { searchFields } from '../domain/searchFields';
import { foldForSearch, normaliseWhitespace } from '../domain/text';
import type { ParsedDocument } from './parseDocument';
import type { EntityRow, NodeGroup, RelGroup, WriteSet } from './writeSet';

/** Id of a document's passage by its order: stable across versions, so links and cursors survive re-ingests. */
export const passageId = (documentId: string, order: number) => `${documentId}/passage/${String(order + 1).padStart(4, '0')}`;

/**
 * The rows an ingest writes for one parsed document: derived nodes, their relationships, and the entities
 * citations name that the graph lacks. Pure (no database), so the families, citations and linking parsers add rows
 * here without touching how they are written.
 */
export function documentRows(doc: ParsedDocument): WriteSet {
  const id = doc.id;
  const pid = (order: number) => passageId(id, order);
  const factionKey = (f: string) => foldForSearch(f).replace(/ /g, '-');
  // A faction's question number can recur (two rounds of questions in one text): later ones get a suffix.
  const uniqueId = (() => {
    const seen = new Map<string, number>();
    return (base: string) => {
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return n === 1 ? base : `${base}-${n}`;
    };
  })();
  const questionIds = doc.questions.map((q) => uniqueId(`${id}/question/${factionKey(q.faction)}-${q.number}`));
  const answerIds = doc.answers.map((a) => uniqueId(`${id}/answer/${factionKey(a.faction)}-${a.numbers.join('-')}`));
  const footnoteOrder = new Map(doc.passages.filter((p) => p.footnote).map((p) => [p.footnote!.number, p.order]));

  const passages = doc.passages.map((p) => ({
    id: pid(p.order),
    props: {
      documentId: id, order: p.order, page: p.page, kind: p.kind, start: p.start, end: p.end, text: p.text, normText: normaliseWhitespace(p.text),
      ...(p.footnote ? { number: p.footnote.number, urls: p.footnote.urls } : {}),
    },
  }));
  const nodes: NodeGroup[] = [
    { label: 'DocumentText', extra: [], rows: [{ id: `${id}/text`, props: { documentId: id, pages: splitPages(doc.text) } }] },
    { label: 'Passage', extra: [], rows: passages.filter((_, i) => !doc.passages[i]!.footnote), progress: 'passages' },
    { label: 'Passage', extra: ['Footnote'], rows: passages.filter((_, i) => doc.passages[i]!.footnote) },
    {
      label: 'DocumentPart', extra: [],
      rows: doc.parts.map((p) => ({
        id: `${id}/part/${p.order}`,
        props: { documentId: id, order: p.order, kind: p.kind, title: p.title, date: p.date ?? null, addressee: p.addressee ?? null, signatory: p.signatory ?? null, office: p.office ?? null, page: p.page, start: p.start, end: p.end },
      })),
    },
    {
      label: 'Question', extra: [],
      rows: doc.questions.map((q, order) => ({ id: questionIds[order]!, props: { documentId: id, faction: q.faction, number: q.number, text: q.text, page: q.page, start: q.start, end: q.end, order } })),
    },
    {
      label: 'Answer', extra: [],
      rows: doc.answers.map((a, order) => ({ id: answerIds[order]!, props: { documentId: id, faction: a.faction, numbers: a.numbers, label: a.label, text: a.text, page: a.page, start: a.start, end: a.end, order } })),
    },
  ];

  const answersTo = doc.answers.flatMap((a, i) =>
    doc.questions.flatMap((q, k) => (q.faction === a.faction && a.numbers.includes(q.number) ? [{ from: answerIds[i]!, to: questionIds[k]!, props: {} }] : [])),
  );
  const refersTo = new Map<string, { from: string; to: string; props: Record<string, unknown> }>();
  doc.answers.forEach((a, i) => {
    for (const r of a.refersTo) {
      doc.answers.forEach((b, k) => {
        if (k !== i && b.faction === r.faction && (r.numbers === 'ALL' || b.numbers.some((n) => (r.numbers as number[]).includes(n)))) {
          refersTo.set(`${i}/${k}`, { from: answerIds[i]!, to: answerIds[k]!, props: {} });
        }
      });
    }
  });
  const relationships: RelGroup[] = [
    { type: 'HAS_TEXT', from: 'entity', to: 'node', rows: [{ from: id, to: `${id}/text`, props: {} }] },
    { type: 'HAS_PASSAGE', from: 'entity', to: 'node', rows: passages.map((p) => ({ from: id, to: p.id, props: {} })) },
    {
      type: 'REFERS_TO_FOOTNOTE', from: 'node', to: 'node',
      rows: doc.footnoteRefs.flatMap((r) => {
        const order = footnoteOrder.get(r.number);
        return order === undefined ? [] : [{ from: pid(r.passageOrder), to: pid(order), props: { offset: r.offset } }];
      }),
    },
    { type: 'HAS_PART', from: 'entity', to: 'node', rows: doc.parts.map((p) => ({ from: id, to: `${id}/part/${p.order}`, props: {} })) },
    { type: 'SIGNED_BY', from: 'node', to: 'entity', rows: doc.parts.flatMap((p) => (p.signatoryId ? [{ from: `${id}/part/${p.order}`, to: p.signatoryId, props: {} }] : [])) },
    { type: 'WRITTEN_BY', from: 'node', to: 'entity', rows: doc.parts.flatMap((p) => (p.officeId ? [{ from: `${id}/part/${p.order}`, to: p.officeId, props: {} }] : [])) },
    { type: 'HAS_QUESTION', from: 'entity', to: 'node', rows: questionIds.map((q) => ({ from: id, to: q, props: {} })) },
    { type: 'ASKED_BY', from: 'node', to: 'entity', rows: doc.questions.flatMap((q, k) => (q.factionId ? [{ from: questionIds[k]!, to: q.factionId, props: {} }] : [])) },
    { type: 'HAS_ANSWER', from: 'entity', to: 'node', rows: answerIds.map((a) => ({ from: id, to: a, props: {} })) },
    { type: 'ANSWERS', from: 'node', to: 'node', rows: answersTo },
    { type: 'REFERS_TO', from: 'node', to: 'node', rows: [...refersTo.values()] },
    {
      type: 'JOINS', from: 'entity', to: 'entity',
      rows: doc.joins.flatMap((j) => (j.factionId && j.joinsId ? [{ from: j.factionId, to: j.joinsId, props: { documentId: id, quote: j.quote, page: j.page } }] : [])),
    },
    {
      type: 'CITATION', from: 'node', to: 'entity',
      rows: doc.citations.flatMap((c) =>
        c.targetId ? [{ from: pid(c.passageOrder), to: c.targetId, props: { kind: c.kind, identifier: c.identifier, identifierKey: c.identifier.toLowerCase(), text: c.text, start: c.start, end: c.end } }] : [],
      ),
    },
    {
      type: 'MENTIONS', from: 'node', to: 'entity', progress: 'mentions',
      rows: doc.mentions.map((m) => ({ from: pid(m.passageOrder), to: m.entityId, props: { matched: m.matched, start: m.start, end: m.end } })),
    },
  ];

  // Documents and toezeggingen that citations name but the graph did not have yet.
  const entities: EntityRow[] = [...new Map(doc.citations.filter((c) => c.create).map((c) => [c.create!.id, c.create!])).values()].map((c) => ({
    id: c.id,
    label: LABEL_OF_TYPE[c.type],
    props: {
      id: c.id, type: c.type, origin: 'citation', name: c.name, aliases: [], kind: c.kind, identifiers: c.identifiers,
      description: `Cited in ${id}; not yet described.`, ...searchFields(c.name, [], ''),
      ...(c.type === EntityType.Document ? { hasText: false } : {}), ...(c.date ? { date: c.date } : {}),
    },
  }));
  return { nodes, relationships, entities };
}

/** Properties of the Document entity an ingest owns (a new document, or one first known only from a citation). */
export function documentEntityProps(doc: ParsedDocument): Record<string, unknown> {
  const name = doc.title ?? doc.sourceName;
  const description = `${doc.kind.replace(/-/g, ' ')} of ${doc.pageCount} page(s), ingested from ${doc.sourceName}`;
  return {
    id: doc.id, type: EntityType.Document, origin: 'ingest', name, aliases: [], kind: doc.kind,
    description, ...searchFields(name, [], description),
    identifiers: doc.meta.sourceIdentifier ? [`KAMERSTUK:${doc.meta.sourceIdentifier}`].filter(() => doc.meta.sourceIdentifier!.startsWith('kst-')) : [],
    hasText: true, ...(doc.date ? { date: doc.date } : {}),
  };
}
