import { gql as gqlOn, ok as okOn } from '../support/apiClient';
import { useSeededApi } from '../support/seededApi';

const api = useSeededApi();
const ok = <T = any>(query: string, variables?: Record<string, unknown>) => okOn<T>(api.server, query, variables);
const gql = (query: string, variables?: Record<string, unknown>) => gqlOn(api.server, query, variables);
const DOC = 'ek-vso-wi2021-monitoring-2024';

describe('document(id)', () => {
  it('shows its kind, parts, ingestion and joins', async () => {
    const d = await ok(
      `query($id: ID!) { document(id: $id) { name ingestion { kind pageCount structures warnings }
      parts { kind date signatory signedBy { id } writtenBy { id } addressee page }
      joins { faction { id } joins { id } quote page } } }`,
      { id: DOC },
    );
    expect(d.document.ingestion).toEqual({
      kind: 'verslag-schriftelijk-overleg',
      pageCount: 13,
      warnings: [],
      structures: ['pages', 'passages', 'footnotes', 'citations', 'mentions', 'parts', 'questions', 'answers', 'joins'],
    });
    expect(d.document.parts.map((p: any) => [p.kind, p.date, p.signedBy?.id, p.writtenBy?.id, p.page])).toEqual([
      ['COMMITTEE_LETTER', '2024-10-23', 'ek-vos', 'ek-commissie-szw', 2],
      ['ANSWER_LETTER', '2024-12-02', 'coenradie', 'staatssecretaris-jenv', 6],
    ]);
    expect(d.document.joins).toHaveLength(7);
    expect(d.document.joins[0]).toMatchObject({
      faction: { id: 'fractie-christenunie' },
      quote: 'De fractie van de ChristenUnie sluit zich bij alle gestelde vragen aan.',
      page: 2,
    });
  });

  it('lists questions by faction with their answers and cross-references', async () => {
    const d = await ok(
      `query($id: ID!) { document(id: $id) { questions(faction: "fractie-sp") { number page answered
      factionEntity { id } answers { label numbers refersTo { label faction } } } } }`,
      { id: DOC },
    );
    const qs = d.document.questions;
    expect(qs.map((q: any) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(qs.every((q: any) => q.answered && q.factionEntity.id === 'fractie-sp')).toBe(true);
    expect(qs[2].answers).toEqual([{ label: 'Antwoord vragen 3 en 4', numbers: [3, 4], refersTo: [] }]);
    expect(qs[7].answers[0].refersTo).toEqual([{ label: 'Antwoord vraag 7', faction: 'SP' }]);
  });

  it('lists footnotes with their URLs, citations and the passage that refers to them', async () => {
    const d = await ok(
      `query($id: ID!) { document(id: $id) { footnotes { number page text urls referencedFrom { page kind }
      citations { kind identifier target { id } } } citations { kind } } }`,
      { id: DOC },
    );
    expect(d.document.footnotes).toHaveLength(14);
    expect(d.document.footnotes[3]).toEqual({
      number: 4,
      page: 2,
      text: 'Kamerstukken II 2023-2024, 3 2824, nr. 438.',
      urls: [],
      referencedFrom: { page: 2, kind: 'PARAGRAPH' },
      citations: [{ kind: 'KAMERSTUK', identifier: 'kst-32824-438', target: { id: 'kst-32824-438' } }],
    });
    expect(d.document.citations).toHaveLength(12);
  });

  it('pages through passages, by page and kind', async () => {
    const first: any = await ok(
      `query($id: ID!) { document(id: $id) { passages(first: 100) { totalCount edges { cursor node { order } } pageInfo { hasNextPage endCursor } } } }`,
      { id: DOC },
    );
    const total = first.document.passages.totalCount;
    const rest: any = await ok(
      `query($id: ID!, $a: String) { document(id: $id) { passages(first: 100, after: $a) { edges { node { order } } pageInfo { hasNextPage } } } }`,
      { id: DOC, a: first.document.passages.pageInfo.endCursor },
    );
    const orders = [...first.document.passages.edges, ...rest.document.passages.edges].map((e: any) => e.node.order);
    expect(orders).toEqual(Array.from({ length: total }, (_, i) => i));
    expect(rest.document.passages.pageInfo.hasNextPage).toBe(false);
    const p11: any = await ok(
      `query($id: ID!) { document(id: $id) { passages(page: 11, kinds: [HEADING]) { nodes { text page } } } }`,
      { id: DOC },
    );
    expect(p11.document.passages.nodes.map((n: any) => n.text.trim())).toEqual([
      'Antwoord vraag 8',
      'Vragen leden van de SP-fractie',
      'Vraag 1.',
      'Antwoord vraag 1',
      'Vraag 2.',
      'Antwoord vraag 2',
      'Vragen 3 en 4',
      'Antwoord vragen 3 en 4',
    ]);
    expect(
      (await gql(`{ document(id: "${DOC}") { passages(first: 201) { totalCount } } }`)).errors?.[0]?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('is null for an unknown id and for an entity that is not a document', async () => {
    expect(await ok('{ a: document(id: "nope") { id } b: document(id: "coa") { id } }')).toEqual({ a: null, b: null });
  });
});

describe('questions across documents', () => {
  it('filters by faction, by mentioned entity and by answered', async () => {
    const d = await ok(`{ byFaction: questions(filter: {faction: "fractie-cda"}) { totalCount nodes { text } }
      zroute: questions(filter: {mentions: "z-route"}) { nodes { faction number mentions { id } } }
      unanswered: questions(filter: {answered: false}) { totalCount }
      all: questions(first: 100) { totalCount } }`);
    expect(d.byFaction.totalCount).toBe(1);
    expect(d.zroute.nodes).toEqual([
      {
        faction: 'D66',
        number: 3,
        mentions: expect.arrayContaining([{ id: 'z-route' }, { id: 'vrouwen-met-kleine-kinderen' }]),
      },
    ]);
    expect(d.unanswered.totalCount).toBe(0);
    expect(d.all.totalCount).toBe(19);
  });

  it('pages with cursors', async () => {
    const a: any = await ok('{ questions(first: 10) { edges { node { id } } pageInfo { endCursor hasNextPage } } }');
    const b: any = await ok(
      'query($a: String) { questions(first: 10, after: $a) { edges { node { id } } pageInfo { hasNextPage } } }',
      { a: a.questions.pageInfo.endCursor },
    );
    const ids = [...a.questions.edges, ...b.questions.edges].map((e: any) => e.node.id);
    expect(new Set(ids).size).toBe(19);
    expect(b.questions.pageInfo.hasNextPage).toBe(false);
  });
});

describe('mentions, passage search, citations and evidence', () => {
  it('lists the passages that mention an entity, with page and a highlighted snippet', async () => {
    const d = await ok(
      `{ entity(id: "divosa") { mentionedIn(first: 2) { totalCount edges { matched snippet node { page document { id } } } pageInfo { hasNextPage } } } }`,
    );
    const m = d.entity.mentionedIn;
    expect(m.totalCount).toBeGreaterThanOrEqual(4);
    expect(m.edges[0]).toMatchObject({ matched: 'Divosa', node: { page: 7, document: { id: DOC } } });
    expect(m.edges[0].snippet).toContain('de website van <b>Divosa</b>');
    expect(m.pageInfo.hasNextPage).toBe(true);
  });

  it('searches passages, ignoring accents and Lucene syntax', async () => {
    const d =
      await ok(`{ a: passageSearch(text: "kinderopvangtoeslag") { page snippet document { id } passage { kind } }
      b: passageSearch(text: "Oekraiense ontheemden", first: 50) { page }
      c: passageSearch(text: "AND OR ( * ~", documentId: "${DOC}") { page } }`);
    expect(d.a[0]).toMatchObject({ page: 9, document: { id: DOC }, passage: { kind: 'LIST_ITEM' } });
    expect(d.a[0].snippet).toContain('<b>kinderopvangtoeslag</b>');
    expect(d.b.length).toBeGreaterThanOrEqual(3);
    expect(Array.isArray(d.c)).toBe(true);
  });

  it('finds the document a citation identifier names', async () => {
    const d =
      await ok(`{ a: citation(identifier: "kst-32824-438") { id } b: citation(identifier: "KST-35483-L") { id } c: citation(identifier: "T03101") { id }
      d: citation(identifier: "besluit-inburgering-2021/artikel-2.2/lid-1") { id } e: citation(identifier: "kst-1-1") { id } }`);
    expect(d).toEqual({
      a: { id: 'kst-32824-438' },
      b: { id: 'kst-35483-l' },
      c: { id: 't03101' },
      d: { id: 'besluit-inburgering-2021' },
      e: null,
    });
  });

  it('links evidence of curated relations to the passage holding the quote', async () => {
    const d =
      await ok(`{ relation(id: "coa--OFFERS-->voorinburgering") { evidence { page quote passage { page text } } }
      fn: relation(id: "ek-vso-wi2021-monitoring-2024--CITES-->kst-35483-l") { evidence { passage { kind footnoteNumber } } } }`);
    const ev = d.relation.evidence[0];
    expect(ev.passage.page).toBe(ev.page);
    expect(ev.passage.text.replace(/\s+/g, ' ')).toContain(ev.quote);
    expect(d.fn.evidence[0].passage).toEqual({ kind: 'FOOTNOTE', footnoteNumber: 2 });
  });

  it('keeps ingested structure out of relations, neighbourhoods and stats', async () => {
    const d = await ok(
      `{ entity(id: "fractie-cda") { relations { type } } neighbourhood(id: "coa", depth: 2) { nodes { type } } stats { byType { type } } }`,
    );
    expect(d.entity.relations.map((r: any) => r.type)).not.toContain('JOINS');
    expect(d.stats.byType.map((t: any) => t.type)).not.toEqual(expect.arrayContaining(['MENTIONS']));
    expect(d.neighbourhood.nodes.length).toBeGreaterThan(1);
  });
});
