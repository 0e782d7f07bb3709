import { LABEL_OF_TYPE } from '../db/labels';
import { EntityType } from '../generated/graphql';
import { splitPages } from '../domain/pages';
import { searchFields } from '../domain/searchFields';
import { foldForSearch, normaliseWhitespace } from '../domain/text';
import { commitmentRows, speakerTurnRows } from './familyRows';
import type { ParsedDocument } from './parseDocument';
import type { EntityRow, NodeGroup, RelGroup, RelRow, WriteSet } from './writeSet';

/** Id of a document's passage by its order: stable across versions, so links and cursors survive re-ingests. */
export const passageId = (documentId: string, order: number) =>
  `${documentId}/passage/${String(order + 1).padStart(4, '0')}`;

/** A faction's question number can recur (two rounds of questions in one text): later ones get a suffix. */
function uniqueIds() {
  const seen = new Map<string, number>();
  return (base: string) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}

const rel = (from: string, to: string, props: Record<string, unknown> = {}): RelRow => ({ from, to, props });

/**
 * The rows an ingest writes for one parsed document: derived nodes, their relationships, the entities it creates
 * when the graph lacks them (cited documents and toezeggingen, persons), and the facts between entities it states.
 * Pure (no database), so a parser adds rows here without touching how they are written.
 */
export function documentRows(doc: ParsedDocument): WriteSet {
  const id = doc.id;
  const pid = (order: number) => passageId(id, order);
  const factionKey = (f: string) => foldForSearch(f).replace(/ /g, '-');
  const unique = uniqueIds();
  const questionIds = doc.questions.map((q) => unique(`${id}/question/${factionKey(q.faction)}-${q.number}`));
  const answerIds = doc.answers.map((a) => unique(`${id}/answer/${factionKey(a.faction)}-${a.numbers.join('-')}`));
  const partId = (order: number) => `${id}/part/${order}`;
  const footnoteOrder = new Map(doc.passages.filter((p) => p.footnote).map((p) => [p.footnote!.number, p.order]));
  const turns = speakerTurnRows(doc);
  const unresolved = doc.unresolvedMentions.map((u, i) => ({ ...u, id: `${id}/unresolved/${i + 1}` }));

  const passageRow = (p: ParsedDocument['passages'][number]) => ({
    id: pid(p.order),
    props: {
      order: p.order,
      page: p.page,
      kind: p.kind,
      start: p.start,
      end: p.end,
      text: p.text,
      normText: normaliseWhitespace(p.text),
      ...(p.footnote ? { number: p.footnote.number, urls: p.footnote.urls } : {}),
    },
  });
  const nodes: NodeGroup[] = [
    { label: 'DocumentText', extra: [], rows: [{ id: `${id}/text`, props: { pages: splitPages(doc.text) } }] },
    {
      label: 'Passage',
      extra: [],
      rows: doc.passages.filter((p) => !p.footnote).map(passageRow),
    },
    { label: 'Passage', extra: ['Footnote'], rows: doc.passages.filter((p) => p.footnote).map(passageRow) },
    {
      label: 'DocumentPart',
      extra: [],
      rows: doc.parts.map((p) => ({
        id: partId(p.order),
        props: {
          order: p.order,
          kind: p.kind,
          title: p.title,
          date: p.date ?? null,
          addressee: p.addressee ?? null,
          signatory: p.signatory ?? null,
          office: p.office ?? null,
          page: p.page,
          start: p.start,
          end: p.end,
        },
      })),
    },
    {
      label: 'Question',
      extra: [],
      rows: doc.questions.map((q, order) => ({
        id: questionIds[order]!,
        props: {
          faction: q.faction,
          number: q.number,
          text: q.text,
          page: q.page,
          start: q.start,
          end: q.end,
          order,
        },
      })),
    },
    {
      label: 'Answer',
      extra: [],
      rows: doc.answers.map((a, order) => ({
        id: answerIds[order]!,
        props: {
          faction: a.faction,
          numbers: a.numbers,
          label: a.label,
          text: a.text,
          page: a.page,
          start: a.start,
          end: a.end,
          order,
        },
      })),
    },
    { label: 'SpeakerTurn', extra: [], rows: turns.map(({ id: turnId, ...props }) => ({ id: turnId, props })) },
    {
      label: 'UnresolvedMention',
      extra: [],
      rows: unresolved.map((u) => ({
        id: u.id,
        props: { matched: u.matched, start: u.start, end: u.end, reason: u.reason },
      })),
    },
  ];

  const answersTo = doc.answers.flatMap((a, i) =>
    doc.questions.flatMap((q, k) =>
      q.faction === a.faction && a.numbers.includes(q.number) ? [rel(answerIds[i]!, questionIds[k]!)] : [],
    ),
  );
  const refersTo = new Map<string, RelRow>();
  doc.answers.forEach((a, i) => {
    for (const r of a.refersTo) {
      doc.answers.forEach((b, k) => {
        const hit = r.numbers === 'ALL' || b.numbers.some((n) => (r.numbers as number[]).includes(n));
        if (k !== i && b.faction === r.faction && hit) refersTo.set(`${i}/${k}`, rel(answerIds[i]!, answerIds[k]!));
      });
    }
  });
  const relationships: RelGroup[] = [
    { type: 'HAS_TEXT', from: 'entity', to: 'node', rows: [rel(id, `${id}/text`)] },
    {
      type: 'HAS_PASSAGE',
      from: 'entity',
      to: 'node',
      rows: doc.passages.map((p) => rel(id, pid(p.order))),
    },
    {
      type: 'REFERS_TO_FOOTNOTE',
      from: 'node',
      to: 'node',
      rows: doc.footnoteRefs.flatMap((r) => {
        const order = footnoteOrder.get(r.number);
        return order === undefined ? [] : [rel(pid(r.passageOrder), pid(order), { offset: r.offset })];
      }),
    },
    { type: 'HAS_PART', from: 'entity', to: 'node', rows: doc.parts.map((p) => rel(id, partId(p.order))) },
    {
      type: 'SIGNED_BY',
      from: 'node',
      to: 'entity',
      rows: doc.parts.flatMap((p) => (p.signatoryId ? [rel(partId(p.order), p.signatoryId)] : [])),
    },
    {
      type: 'WRITTEN_BY',
      from: 'node',
      to: 'entity',
      rows: doc.parts.flatMap((p) => (p.officeId ? [rel(partId(p.order), p.officeId)] : [])),
    },
    { type: 'HAS_QUESTION', from: 'entity', to: 'node', rows: questionIds.map((q) => rel(id, q)) },
    {
      type: 'ASKED_BY',
      from: 'node',
      to: 'entity',
      rows: doc.questions.flatMap((q, k) => (q.factionId ? [rel(questionIds[k]!, q.factionId)] : [])),
    },
    { type: 'HAS_ANSWER', from: 'entity', to: 'node', rows: answerIds.map((a) => rel(id, a)) },
    { type: 'ANSWERS', from: 'node', to: 'node', rows: answersTo },
    { type: 'REFERS_TO', from: 'node', to: 'node', rows: [...refersTo.values()] },
    { type: 'HAS_SPEAKER_TURN', from: 'entity', to: 'node', rows: turns.map((t) => rel(id, t.id)) },
    {
      type: 'CITATION',
      from: 'node',
      to: 'entity',
      rows: doc.citations.flatMap((c) =>
        c.targetId
          ? [
              rel(pid(c.passageOrder), c.targetId, {
                kind: c.kind,
                identifier: c.identifier,
                identifierKey: c.identifier.toLowerCase(),
                text: c.text,
                start: c.start,
                end: c.end,
                locator: c.locator ?? null,
                submitters: c.submitters ?? [],
              }),
            ]
          : [],
      ),
    },
    {
      type: 'MENTIONS',
      from: 'node',
      to: 'entity',
      rows: doc.mentions.map((m) =>
        rel(pid(m.passageOrder), m.entityId, {
          matched: m.matched,
          start: m.start,
          end: m.end,
          role: m.role ?? null,
          party: m.party ?? null,
        }),
      ),
    },
    {
      type: 'HAS_UNRESOLVED_MENTION',
      from: 'node',
      to: 'node',
      rows: unresolved.map((u) => rel(pid(u.passageOrder), u.id)),
    },
    {
      type: 'CANDIDATE',
      from: 'node',
      to: 'entity',
      rows: unresolved.flatMap((u) => u.candidates.map((c) => rel(u.id, c))),
    },
  ];

  return {
    nodes,
    relationships,
    entities: [...createdPersons(doc), ...citedEntities(doc)],
    joins: doc.joins.flatMap((j) =>
      j.factionId && j.joinsId ? [{ from: j.factionId, to: j.joinsId, quote: j.quote, page: j.page }] : [],
    ),
    evidencedLinks: [
      ...doc.memberships.map((l) => ({ type: 'MEMBER_OF' as const, ...link(l) })),
      ...doc.offices.map((l) => ({ type: 'HOLDS_OFFICE' as const, ...link(l) })),
    ],
    commitments: commitmentRows(doc),
    suggestions: [],
  };
}

const link = (l: ParsedDocument['memberships'][number]) => ({
  from: l.personId,
  to: l.targetId,
  page: l.page,
  quote: l.quote,
});

/**
 * Persons the document names that the catalogue lacks. The id comes from the name, so a second document naming
 * the same person links to the Person the first created; each is marked as coming from this document, not curated.
 */
function createdPersons(doc: ParsedDocument): EntityRow[] {
  return doc.newPersons.map((p) => {
    const description = `Named in ${doc.id}; not yet described.`;
    return {
      id: p.id,
      label: LABEL_OF_TYPE[EntityType.Person],
      props: {
        id: p.id,
        type: EntityType.Person,
        origin: 'ingest',
        sourceDocumentId: doc.id,
        name: p.name,
        aliases: [],
        identifiers: [],
        description,
        ...searchFields(p.name, [], description),
      },
    };
  });
}

/** Documents and toezeggingen that citations name but the graph did not have yet. */
function citedEntities(doc: ParsedDocument): EntityRow[] {
  const byId = new Map(doc.citations.filter((c) => c.create).map((c) => [c.create!.id, c.create!]));
  return [...byId.values()].map((c) => ({
    id: c.id,
    label: LABEL_OF_TYPE[c.type],
    props: {
      id: c.id,
      type: c.type,
      origin: 'citation',
      name: c.name,
      aliases: [],
      kind: c.kind,
      identifiers: c.identifiers,
      description: `Cited in ${doc.id}; not yet described.`,
      ...searchFields(c.name, [], ''),
      ...(c.type === EntityType.Document ? { hasText: false } : {}),
      ...(c.date ? { date: c.date } : {}),
    },
  }));
}

/**
 * Properties of the Document entity an ingest owns (a new document, or one first known only from a citation).
 * Its text is not here but on its DocumentText node, so the switch of a large document stays small.
 */
export function documentEntityProps(doc: ParsedDocument): Record<string, unknown> {
  const name = doc.title ?? doc.sourceName;
  const description = `${doc.kind.replace(/-/g, ' ')} of ${doc.pageCount} page(s), ingested from ${doc.sourceName}`;
  const identifier = doc.meta.sourceIdentifier;
  return {
    id: doc.id,
    type: EntityType.Document,
    origin: 'ingest',
    name,
    aliases: [],
    kind: doc.kind,
    description,
    ...searchFields(name, [], description),
    identifiers: identifier?.startsWith('kst-') ? [`KAMERSTUK:${identifier}`] : [],
    hasText: true,
    family: doc.meta.family,
    chamber: doc.meta.chamber,
    sourceIdentifier: identifier,
    ...(doc.date ? { date: doc.date } : {}),
  };
}
